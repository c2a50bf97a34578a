-- Saturating opinion intake: every request is a new submission with its own Idempotency-Key.
-- WRK_BODY is the JSON body (the same opinion text each time, like a real rush), WRK_TAG makes the
-- keys of one run distinct from any other run's. Prints the RESULT line of report.lua plus
-- created=<number of 201 answers>, which bench.sh compares with the rows in the database.
local body = os.getenv("WRK_BODY") or "{}"
local tag = os.getenv("WRK_TAG") or tostring(os.time())
local threads = {}
-- globals: wrk reads them from each thread's own Lua state in done()
counter = 0
created = 0
id = 0

setup = function(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

init = function(args)
  id = wrk.thread:get("id") or 0
end

request = function()
  counter = counter + 1
  -- 8-4-4-4-12 hex, unique per run, thread and request
  local key = string.format("%08x-%04x-4%03x-8%03x-%012x", tonumber(tag) % 0xffffffff, id, 0, 0, counter)
  return wrk.format("POST", nil, {["Content-Type"] = "application/json", ["Idempotency-Key"] = key}, body)
end

response = function(status, headers, response_body)
  if status == 201 then created = created + 1 end
end

done = function(summary, latency, requests)
  local total = 0
  for _, t in ipairs(threads) do total = total + (t:get("created") or 0) end
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT rps=%.1f p50=%.2f p99=%.2f requests=%d bad=%d errors=%d created=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, e.status, e.connect + e.read + e.write + e.timeout, total))
end
