-- Search under load: each request one of the queries listed, in turn per thread from a random start.
-- args: urls file (one path a line, e.g. /search?q=khoa%20hoc); for nginx, the folder of the same bytes
-- (e.g. /s/): line n is asked as <folder><n>.html.
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  local line = 0
  for path in io.lines(args[1]) do
    line = line + 1
    table.insert(paths, args[2] and (args[2] .. line .. ".html") or path)
  end
  next = ((id or 1) * 97) % #paths
end

function request()
  next = next % #paths + 1
  return wrk.format("GET", paths[next])
end
