-- wrk script for W1: a till sale of 2 lines posted in one call (salePost, cash with change).
-- Env: BENCH_TOKEN; BENCH_W1_DATA (a Lua file returning { {store = "<id>", skus = {"<id>", …}}, … }:
-- each store with SKUs stocked in its selling warehouse). Every sale has its own idempotency key.
local token = os.getenv("BENCH_TOKEN")
local stores = dofile(os.getenv("BENCH_W1_DATA"))
local counter = 0
local threads = 0

-- Runs once per thread in the main state: a key prefix unique to this run (its start second) and thread,
-- so no sale replays another's idempotency key (a replay answers without selling).
function setup(thread)
  threads = threads + 1
  thread:set("key_prefix", "w1-" .. os.time() .. "-" .. threads)
  thread:set("thread_no", threads)
end

function init(args)
  math.randomseed(os.time() * 100 + thread_no)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. token
end

function request()
  local s = stores[math.random(1, #stores)]
  local a = math.random(1, #s.skus)
  local b = a % #s.skus + 1
  counter = counter + 1
  local body = '{"query":"mutation($i: SaleInput!, $k: String) { salePost(input: $i, idempotencyKey: $k) ' ..
    '{ order { id receiptNo } userErrors { code } } }",' ..
    '"variables":{"k":"' .. key_prefix .. '-' .. counter .. '","i":{"storeId":"' .. s.store .. '","lines":[' ..
    '{"skuId":"' .. s.skus[a] .. '","quantity":1},{"skuId":"' .. s.skus[b] .. '","quantity":1}],' ..
    '"tenders":[{"tender":"CASH","amount":"5000.00"}]}}}'
  return wrk.format(nil, "/graphql", nil, body)
end

function response(status, headers, body)
  if status ~= 200 or not body:find('"receiptNo"', 1, true) then
    failures = (failures or 0) + 1
    if failures <= 3 then io.stderr:write("bad response " .. status .. ": " .. body:sub(1, 300) .. "\n") end
  end
end
