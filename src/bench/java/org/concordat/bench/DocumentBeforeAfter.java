package org.concordat.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Render and sign twice, before and after a change, in one run: the agreement of 100 flows
 * ({@code SigningFixture.LARGE}) rendered by {@code PdfBoxRenderer} and signed by both parties
 * ({@code SigningFixture.signedByBoth}), as {@link DocumentBenchmark#renderAndSignTwice()} does, with two builds of
 * the code loaded side by side in one JVM (a class loader each, over the same libraries), warmed up together, then
 * timed in alternating blocks of ten calls, so that both see the same machine at the same moments. Plain Java, no JMH
 * (a shared machine's noise affects both sides alike; only the ratio within one run means anything).
 *
 * <pre>java -cp ... org.concordat.bench.DocumentBeforeAfter LIBRARY-CLASSPATH before=CLASSES,TEST-CLASSES after=CLASSES,TEST-CLASSES</pre>
 */
public final class DocumentBeforeAfter {

    private record Side(String name, Object renderer, Method render, Object model, Method signedByBoth,
                        List<Long> renderAndSign, List<Long> renderOnly) {
    }

    private DocumentBeforeAfter() {
    }

    public static void main(String[] args) throws Exception {
        List<Side> sides = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String[] side = args[i].split("=", 2);
            List<URL> urls = new ArrayList<>();
            for (String entry : (side[1].replace(',', ':') + ":" + args[0]).split(":")) {
                if (!entry.isBlank()) {
                    urls.add(Path.of(entry).toUri().toURL());
                }
            }
            ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Class<?> fixture = Class.forName("org.concordat.document.signing.infrastructure.SigningFixture", true, loader);
            Object renderer = fixture.getField("RENDERER").get(null);
            Method render = renderer.getClass().getMethod("render",
                    Class.forName("org.concordat.document.render.domain.RenderableDocument", false, loader));
            sides.add(new Side(side[0], renderer, render, fixture.getField("LARGE").get(null),
                    fixture.getMethod("signedByBoth", byte[].class), new ArrayList<>(), new ArrayList<>()));
        }
        long warmUntil = System.nanoTime() + Long.getLong("warmup.seconds", 20) * 1_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            for (Side side : sides) {
                once(side, false);
            }
        }
        int rounds = Integer.getInteger("rounds", 60);
        for (int r = 0; r < rounds; r++) {
            List<Side> order = new ArrayList<>(sides);
            if (r % 2 == 1) {
                Collections.reverse(order);
            }
            for (Side side : order) {
                for (int i = 0; i < 10; i++) {
                    once(side, true);
                }
            }
        }
        for (Side side : sides) {
            System.out.printf("%s: renderAndSignTwice calls=%d median_ms=%.1f p90_ms=%.1f; render median_ms=%.1f p90_ms=%.1f%n",
                    side.name(), side.renderAndSign().size(), percentile(side.renderAndSign(), 50),
                    percentile(side.renderAndSign(), 90), percentile(side.renderOnly(), 50), percentile(side.renderOnly(), 90));
        }
        if (sides.size() == 2) {
            System.out.printf("ratio of medians %s/%s: renderAndSignTwice %.2f, render %.2f%n", sides.get(1).name(),
                    sides.get(0).name(), percentile(sides.get(1).renderAndSign(), 50) / percentile(sides.get(0).renderAndSign(), 50),
                    percentile(sides.get(1).renderOnly(), 50) / percentile(sides.get(0).renderOnly(), 50));
        }
    }

    private static void once(Side side, boolean timed) throws Exception {
        long start = System.nanoTime();
        byte[] pdf = (byte[]) side.render().invoke(side.renderer(), side.model());
        long rendered = System.nanoTime();
        side.signedByBoth().invoke(null, (Object) pdf);
        long signed = System.nanoTime();
        if (timed) {
            side.renderAndSign().add(signed - start);
            side.renderOnly().add(rendered - start);
        }
    }

    private static double percentile(List<Long> nanos, int percent) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
