-- Prints one machine-readable line at the end of a wrk run:
--   RESULT rps=<requests/s> p50=<ms> p99=<ms> requests=<n> bad=<non-2xx/3xx> errors=<socket errors>
-- Extra request headers come from the environment (WRK_HEADER="Name: value"), so the same
-- script serves the plain and the If-None-Match runs.
local header = os.getenv("WRK_HEADER")
if header and header ~= "" then
  local name, value = header:match("^([^:]+):%s*(.*)$")
  wrk.headers[name] = value
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT rps=%.1f p50=%.2f p99=%.2f requests=%d bad=%d errors=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, e.status, e.connect + e.read + e.write + e.timeout))
end
