-- Each request is a different reader: a distinct dm_visitor cookie, so every completed request
-- is one counted view (the portal counts one view per reader and article per 30 minutes).
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

-- args[1]: a run number, so that the warm-up and the measured run use different readers
function init(args)
  counter = 0
  id = id or 0 -- set per thread by setup()
  run = tonumber(args[1] or "0")
end

function request()
  counter = counter + 1
  local cookie = string.format("dm_visitor=%08x-%04x-4000-8000-%012x", id, run, counter)
  return wrk.format("GET", nil, { ["Cookie"] = cookie, ["User-Agent"] = "wrk-benchmark" })
end
