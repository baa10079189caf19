package org.fitledger.gateway;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fitledger.gateway.cli.Command;
import org.fitledger.gateway.cli.CommandException;
import org.fitledger.gateway.cli.CommandIo;
import org.fitledger.gateway.cli.UsageException;
import org.fitledger.gateway.client.SendCommand;
import org.fitledger.gateway.config.ConfigFileException;
import org.fitledger.gateway.device.DeviceCommand;
import org.fitledger.gateway.people.PeopleCommand;
import org.fitledger.gateway.verify.VerifyCommand;

/**
 * The gateway jar's commands, run instead of the Spring application when the first argument is a
 * word rather than an option: {@code java -jar fitledger-gateway.jar audit verify --url …}.
 */
final class Commands {
  private static final String JAR = "java -jar fitledger-gateway.jar";
  private static final Map<String, Command> BY_NAME = new LinkedHashMap<>();

  static {
    BY_NAME.put("people write", new PeopleCommand());
    BY_NAME.put("audit verify", new VerifyCommand());
    BY_NAME.put("device simulate", new DeviceCommand());
    BY_NAME.put("api send", new SendCommand());
  }

  private Commands() {}

  /** Whether the arguments name a command; Spring's own arguments are all options. */
  static boolean named(String[] args) {
    return args.length > 0 && !args[0].startsWith("-");
  }

  /**
   * Runs the command the first two arguments name.
   *
   * @return its exit code; {@link Command#FAILED} with the usage for an unknown command or wrong
   *     arguments, and with the reason when it could not do its work
   */
  static int run(String[] args, CommandIo io) {
    String name = String.join(" ", Arrays.asList(args).subList(0, Math.min(2, args.length)));
    Command command = BY_NAME.get(name);
    if (command == null) {
      io.err().println("no command '" + name + "'");
      io.err().print(usage());
      return Command.FAILED;
    }
    List<String> rest = Arrays.asList(args).subList(2, args.length);
    try {
      return command.run(rest, io);
    } catch (UsageException e) {
      io.err().println(name + ": " + e.getMessage());
      io.err().println("usage: " + JAR + " " + name + " " + command.usage());
    } catch (CommandException | ConfigFileException | IOException e) {
      io.err().println(name + ": " + e.getMessage());
    }
    return Command.FAILED;
  }

  private static String usage() {
    StringBuilder usage =
        new StringBuilder("usage: " + JAR + " [--spring.profiles.active=api|indexer|rebuild]\n");
    BY_NAME.forEach(
        (name, command) ->
            usage
                .append("       ")
                .append(JAR)
                .append(' ')
                .append(name)
                .append(' ')
                .append(command.usage())
                .append('\n'));
    return usage.toString();
  }
}
