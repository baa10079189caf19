package org.fitledger.chaincode.fabric;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.fitledger.model.ledger.Transactions;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.junit.jupiter.api.Test;

/** The contract's functions are exactly the transactions the model names, under those names. */
class TransactionNamesTest {

  @Test
  void every_contract_function_is_named_by_the_model_and_every_model_name_is_a_function() {
    Set<String> functions =
        Arrays.stream(FitLedgerContract.class.getDeclaredMethods())
            .map(m -> m.getAnnotation(Transaction.class))
            .filter(t -> t != null)
            .map(Transaction::name)
            .collect(Collectors.toSet());
    Set<String> named =
        Arrays.stream(Transactions.class.getDeclaredFields())
            .filter(f -> Modifier.isStatic(f.getModifiers()))
            .map(TransactionNamesTest::value)
            .collect(Collectors.toSet());

    assertThat(functions).isNotEmpty().isEqualTo(named);
  }

  @Test
  void each_function_is_named_as_its_method_so_logs_and_the_shim_agree() {
    for (Method method : FitLedgerContract.class.getDeclaredMethods()) {
      Transaction transaction = method.getAnnotation(Transaction.class);
      if (transaction != null) {
        assertThat(transaction.name()).isEqualTo(method.getName());
      }
    }
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }
}
