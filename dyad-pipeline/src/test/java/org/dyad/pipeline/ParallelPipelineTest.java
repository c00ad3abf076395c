package org.dyad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ParallelPipelineTest {
  @Test
  void handsResultsOverInSubmissionOrderEvenWhenLaterWorkFinishesFirst() {
    CountDownLatch secondDone = new CountDownLatch(1);
    List<Integer> seen = new ArrayList<>();
    try (ParallelPipeline pp = new ParallelPipeline(2)) {
      pp.submit(p -> {
        try {
          // the first piece of work waits for the second: results arrive out of order
          if (!secondDone.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the second piece of work never ran");
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return 0;
      }, seen::add);
      pp.submit(p -> {
        secondDone.countDown();
        return 1;
      }, seen::add);
      for (int i = 2; i < 50; i++) {
        int n = i;
        pp.submit(p -> n, seen::add);
      }
    }
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      expected.add(i);
    }
    assertEquals(expected, seen);
  }

  @Test
  void eachWorkerHasItsOwnPipeline() {
    List<Pipeline> used = new ArrayList<>();
    try (ParallelPipeline pp = new ParallelPipeline(2)) {
      for (int i = 0; i < 20; i++) {
        pp.submit(p -> p, used::add);
      }
    }
    assertEquals(true, used.stream().distinct().count() <= 2, "at most one pipeline per worker");
  }

  @Test
  void rethrowsAFailureAtItsTurn() {
    List<Integer> seen = new ArrayList<>();
    ParallelPipeline pp = new ParallelPipeline(2);
    pp.submit(p -> 1, seen::add);
    pp.<Integer>submit(p -> {
      throw new IllegalStateException("boom");
    }, seen::add);
    IllegalStateException e = assertThrows(IllegalStateException.class, pp::close);
    assertEquals("boom", e.getMessage());
    assertEquals(List.of(1), seen);
  }

  @Test
  void refusesNoWorkers() {
    assertThrows(IllegalArgumentException.class, () -> new ParallelPipeline(0));
  }

  @Test
  void oneWorkerRunsOnTheCallersThread() {
    List<String> threads = new ArrayList<>();
    try (ParallelPipeline pp = new ParallelPipeline(1)) {
      pp.submit(p -> Thread.currentThread().getName(), threads::add);
    }
    assertEquals(List.of(Thread.currentThread().getName()), threads);
  }
}
