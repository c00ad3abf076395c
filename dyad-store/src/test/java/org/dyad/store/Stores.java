package org.dyad.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Opens {@link TestStore}s for a test class and closes each after its test, so a test that fills a
 * store in a helper needs no clean-up of its own: {@code @RegisterExtension final Stores stores =
 * new Stores();} then {@code stores.open(dialect, dir)}.
 */
public final class Stores implements AfterEachCallback {
  private final List<TestStore> open = new ArrayList<>();

  /** A fresh store of {@code dialect} (a DuckDB one in {@code dir}), closed after the test. */
  public TestStore open(Dialect dialect, Path dir) throws Exception {
    TestStore store = TestStore.open(dialect, dir);
    open.add(store);
    return store;
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    Exception first = null;
    for (TestStore store : open) {
      try {
        store.close();
      } catch (Exception e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    open.clear();
    if (first != null) {
      throw first;
    }
  }
}
