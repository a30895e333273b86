package vn.doimoi.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Drives a server's search API with wrk, a separate process, as browsers and other programs reach
 * it: the client shares neither the server's JVM (threads, garbage collector, JIT) nor its heap.
 * The search-speed benchmark reports it beside its earlier client, the JDK's HttpClient inside
 * the server's JVM, so that the two can be compared run by run.
 */
final class WrkRun {

    /** What one wrk run measured: requests, results (hits in the responses), failures, latency in ms. */
    record Result(long requests, long results, long failures, double p50, double p95, double seconds) {
        double perSecond() {
            return requests / seconds;
        }
    }

    private final String baseUrl;
    private final Path work;

    WrkRun(String baseUrl, Path work) {
        this.baseUrl = baseUrl;
        this.work = work;
    }

    static boolean available() {
        try {
            Process process = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            process.waitFor(10, TimeUnit.SECONDS);
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Sends {@code queries} in order over {@code connections} keep-alive connections, going round
     * them for {@code seconds}, or each once when {@code once} (then {@code seconds} is a cap).
     */
    Result run(List<String> queries, int connections, int seconds, boolean once) throws IOException, InterruptedException {
        Path script = Files.createTempFile(work, "search-", ".lua");
        Files.writeString(script, script(queries, once ? queries.size() : 0), StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(
                        "wrk",
                        "-t1",
                        "-c" + connections,
                        "-d" + seconds + "s",
                        "--timeout",
                        "10s",
                        "-s",
                        script.toString(),
                        baseUrl)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("wrk failed: " + output);
        }
        String line = output.lines()
                .filter(each -> each.startsWith("RESULT "))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("wrk printed no result: " + output));
        String[] parts = line.split(" ");
        return new Result(
                Long.parseLong(parts[1]),
                Long.parseLong(parts[2]),
                Long.parseLong(parts[3]),
                Double.parseDouble(parts[4]),
                Double.parseDouble(parts[5]),
                Long.parseLong(parts[6]) / 1e6);
    }

    /**
     * The Lua script: one path per query; counts hits (one {@code snippetHtml} per hit) and
     * non-200 answers; stops after {@code limit} responses when the limit is not 0.
     */
    private static String script(List<String> queries, int limit) {
        StringBuilder lua = new StringBuilder("local paths = {\n");
        for (String query : queries) {
            lua.append("  \"/api/v1/search?size=10&q=")
                    .append(URLEncoder.encode(query, StandardCharsets.UTF_8))
                    .append("\",\n");
        }
        lua.append("}\n");
        lua.append(String.format(Locale.ROOT, "local limit = %d%n", limit));
        lua.append("""
                local sent, received = 0, 0
                results, failures = 0, 0
                function request()
                  sent = sent + 1
                  return wrk.format("GET", paths[((sent - 1) % #paths) + 1])
                end
                function response(status, headers, body)
                  received = received + 1
                  if status ~= 200 then
                    failures = failures + 1
                  else
                    local _, found = body:gsub('"snippetHtml":', '')
                    results = results + found
                  end
                  if limit > 0 and received >= limit then
                    wrk.thread:stop()
                  end
                end
                local threads = {}
                function setup(thread)
                  table.insert(threads, thread)
                end
                function done(summary, latency, requests)
                  local found, failed = 0, 0
                  for _, thread in ipairs(threads) do
                    found = found + thread:get("results")
                    failed = failed + thread:get("failures")
                  end
                  io.write(string.format("RESULT %d %d %d %.3f %.3f %d\\n", summary.requests, found, failed,
                    latency:percentile(50) / 1000, latency:percentile(95) / 1000, summary.duration))
                end
                """);
        return lua.toString();
    }
}
