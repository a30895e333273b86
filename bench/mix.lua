-- The mixed run: home 30 %, article pages 40 % (over the articles listed), lists 20 %, search 10 %
-- (over the queries listed), each request a new reader (a distinct dm_visitor cookie, so every
-- article page answered is one counted view).
-- args: urls file ("kind<TAB>path" lines, kinds home/article/list/search), run number, and
-- "nginx" to ask for the same bytes as /f/<line>.html from nginx instead.
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  id = id or 0
  run = tonumber(args[2] or "0")
  nginx = args[3] == "nginx"
  byKind = { home = {}, article = {}, list = {}, search = {} }
  local line = 0
  for entry in io.lines(args[1]) do
    line = line + 1
    local kind, path = entry:match("^(%a+)\t(.+)$")
    table.insert(byKind[kind], nginx and ("/f/" .. line .. ".html") or path)
  end
  math.randomseed(id * 7919 + run)
  counter = 0
  articles = 0
end

local function pick(kind)
  local paths = byKind[kind]
  return paths[math.random(#paths)]
end

function request()
  counter = counter + 1
  local r = math.random()
  local path
  if r < 0.30 then path = pick("home")
  elseif r < 0.70 then path = pick("article")
  elseif r < 0.90 then path = pick("list")
  else path = pick("search") end
  local cookie = string.format("dm_visitor=%08x-%04x-4000-8000-%012x", id, run, counter)
  return wrk.format("GET", path, { ["Cookie"] = cookie, ["User-Agent"] = "wrk-benchmark" })
end

-- an article page answered: its view was counted (the page says how many views it has)
function response(status, headers, body)
  if status == 200 and body:find("Lượt xem:", 1, true) then
    articles = articles + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("articles")
  end
  io.write(string.format("article pages answered: %d\n", total))
end
