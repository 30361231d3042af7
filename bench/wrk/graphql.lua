-- wrk script: POSTs one GraphQL document with a real bearer token.
-- Env: BENCH_TOKEN (access token), BENCH_BODY (file with the JSON request body).
-- A body may hold __CUSTOMER__ (a random customer's global ID, 1..BENCH_CUSTOMERS) and __SKU__ (a random
-- SKU code, 1..BENCH_SKUS), replaced per request.
local token = os.getenv("BENCH_TOKEN")
local body = io.open(os.getenv("BENCH_BODY")):read("*a")
local customers = tonumber(os.getenv("BENCH_CUSTOMERS") or "0")
local skus = tonumber(os.getenv("BENCH_SKUS") or "0")
local b64chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

-- URL-safe base64 without padding, as the service's global IDs.
local function b64(data)
  return ((data:gsub(".", function(x)
    local r, b = "", x:byte()
    for i = 8, 1, -1 do r = r .. (b % 2 ^ i - b % 2 ^ (i - 1) > 0 and "1" or "0") end
    return r
  end) .. "0000"):gsub("%d%d%d?%d?%d?%d?", function(x)
    if #x < 6 then return "" end
    local c = 0
    for i = 1, 6 do c = c + (x:sub(i, i) == "1" and 2 ^ (6 - i) or 0) end
    return b64chars:sub(c + 1, c + 1)
  end))
end

local threads = {}

function setup(thread)
  thread:set("id", math.random(1, 1000000))
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() + (id or 0))
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. token
end

function request()
  local b = body
  if customers > 0 then
    b = b:gsub("__CUSTOMER__", b64("Customer:" .. math.random(1, customers)))
  end
  if skus > 0 then
    b = b:gsub("__SKU__", string.format("B-SKU-%06d", math.random(1, skus)))
  end
  return wrk.format(nil, "/graphql", nil, b)
end

function response(status, headers, resp)
  if status ~= 200 or resp:find('"errors"', 1, true) then
    failures = (failures or 0) + 1
    if failures <= 3 then io.stderr:write("bad response " .. status .. ": " .. resp:sub(1, 300) .. "\n") end
  end
end

-- wrk's --latency table has no 95th percentile; the dashboards' target is stated as p95.
function done(summary, latency, requests)
  io.write(string.format("p95: %.3fms\n", latency:percentile(95) / 1000))
  local failed = 0
  for _, thread in ipairs(threads) do failed = failed + (thread:get("failures") or 0) end
  io.write(string.format("failures: %d\n", failed))
end
