package org.fitledger.gateway.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's options, each {@code --name value} or {@code --name=value}, given at most once.
 *
 * <pre>{@code
 * Options options = Options.parse(args, Set.of("--url", "--user"));
 * String url = options.required("--url");
 * }</pre>
 */
public final class Options {
  private final Map<String, String> values;

  private Options(Map<String, String> values) {
    this.values = values;
  }

  /**
   * Parses the arguments.
   *
   * @param args the arguments after the command's name
   * @param names the options the command takes, e.g. {@code --url}
   * @return the options given
   * @throws UsageException on an option not among the names, one given twice or without a value,
   *     and on any argument that is not an option
   */
  public static Options parse(List<String> args, Set<String> names) throws UsageException {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg : arg.substring(0, equals);
      if (!names.contains(name)) {
        throw new UsageException("unknown argument " + name);
      }
      String value;
      if (equals >= 0) {
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        throw new UsageException(name + " needs a value");
      }
      if (values.put(name, value) != null) {
        throw new UsageException(name + " is given twice");
      }
    }
    return new Options(values);
  }

  /** An option that must be given, with a value that is not empty. */
  public String required(String name) throws UsageException {
    return optional(name).orElseThrow(() -> new UsageException(name + " is missing"));
  }

  /** An option's value, unless it was not given or is empty. */
  public Optional<String> optional(String name) {
    return Optional.ofNullable(values.get(name)).filter(value -> !value.isEmpty());
  }
}
