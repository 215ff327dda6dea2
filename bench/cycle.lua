-- wrk: cycles through the paths in the file given after "--", one request each, every thread starting
-- at its own place, so that no answer is asked for twice in a row and no cache decides the figure.
local paths = {}
local next_index = 1
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("offset", threads * 7919)
end

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then
      paths[#paths + 1] = line
    end
  end
  next_index = (offset or 0) % #paths + 1
end

function request()
  local path = paths[next_index]
  next_index = next_index % #paths + 1
  return wrk.format("GET", path)
end
