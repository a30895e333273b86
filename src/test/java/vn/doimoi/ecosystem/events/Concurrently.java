package vn.doimoi.ecosystem.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** Runs one action per input on threads released together; returns what each refusal threw. */
final class Concurrently {

    private Concurrently() {}

    static <T> List<Throwable> run(List<T> inputs, Consumer<T> action) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Throwable> refusals = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(inputs.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (T input : inputs) {
                done.add(pool.submit(() -> {
                    try {
                        start.await();
                        action.accept(input);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (RuntimeException e) {
                        refusals.add(e);
                    }
                }));
            }
            start.countDown();
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            pool.shutdown();
        }
        return refusals;
    }
}
