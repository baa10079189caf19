package org.fitledger.gateway.index;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A {@link JdbcClient} that records every statement with its parameters and runs nothing, for
 * projection tests that check which rows a record becomes.
 */
public final class RecordingJdbc {
  /** One statement: its SQL and its positional parameters. */
  public record Statement(String sql, List<Object> params) {

    /**
     * The rows a statement writes: of an {@code unnest} of array parameters, one per array element,
     * across the arrays; otherwise its parameters as one row.
     */
    public List<List<Object>> rows() {
      if (params.isEmpty() || !params.stream().allMatch(p -> p instanceof Object[])) {
        return List.of(params);
      }
      List<List<Object>> rows = new ArrayList<>();
      int count = ((Object[]) params.get(0)).length;
      for (int r = 0; r < count; r++) {
        List<Object> row = new ArrayList<>();
        for (Object column : params) {
          row.add(((Object[]) column)[r]);
        }
        rows.add(row);
      }
      return rows;
    }

    /** Whether the statement writes into a table. */
    public boolean writes(String table) {
      return sql.startsWith("insert into " + table + " ");
    }
  }

  private final List<Statement> statements = new ArrayList<>();
  private final JdbcClient client = mock(JdbcClient.class);

  public RecordingJdbc() {
    when(client.sql(anyString()))
        .thenAnswer(
            call -> {
              String sql = call.getArgument(0);
              List<Object> params = new ArrayList<>();
              JdbcClient.StatementSpec spec =
                  mock(
                      JdbcClient.StatementSpec.class,
                      invocation -> {
                        String name = invocation.getMethod().getName();
                        if (name.equals("params")) {
                          Object[] args = invocation.getRawArguments();
                          if (args.length == 1 && args[0] instanceof Object[]) {
                            params.addAll(Arrays.asList((Object[]) args[0]));
                          } else {
                            params.addAll(Arrays.asList(args));
                          }
                        } else if (name.equals("param")) {
                          params.add(invocation.getArgument(invocation.getArguments().length - 1));
                        }
                        if (name.equals("update")) {
                          statements.add(new Statement(sql, params));
                          return 1;
                        }
                        return invocation.getMock();
                      });
              return spec;
            });
  }

  /** The client to hand to a repository. */
  public JdbcClient client() {
    return client;
  }

  /** The statements that wrote into a table, in order. */
  public List<Statement> into(String table) {
    return statements.stream().filter(s -> s.writes(table)).toList();
  }

  /** Every statement, in order. */
  public List<Statement> statements() {
    return List.copyOf(statements);
  }
}
