-- wrk script for W1: a POS sale of 2 lines = cartCreate, then cartCheckout of that cart (cash, with change).
-- Env: BENCH_TOKEN; BENCH_W1_DATA (a Lua file returning { {store = "<id>", skus = {"<id>", …}}, … }:
-- each store with SKUs stocked in its selling warehouse). Carts created on one connection may be
-- checked out on another of the same thread: created cart IDs wait in a queue.
local token = os.getenv("BENCH_TOKEN")
local stores = dofile(os.getenv("BENCH_W1_DATA"))
local carts = {}
local counter = 0

function init(args)
  math.randomseed(os.time() + math.random(1, 100000))
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. token
end

local function create()
  local s = stores[math.random(1, #stores)]
  local a = math.random(1, #s.skus)
  local b = a % #s.skus + 1
  return '{"query":"mutation($i: CartInput!) { cartCreate(input: $i) { cart { id } userErrors { code } } }",' ..
    '"variables":{"i":{"storeId":"' .. s.store .. '","lines":[{"skuId":"' .. s.skus[a] .. '","quantity":1},' ..
    '{"skuId":"' .. s.skus[b] .. '","quantity":1}]}}}'
end

local function checkout(cart)
  counter = counter + 1
  return '{"query":"mutation($id: ID!, $k: String) { cartCheckout(id: $id, idempotencyKey: $k, input: ' ..
    '{ tenders: [{ tender: CASH, amount: \\"5000.00\\" }] }) { order { id receiptNo } userErrors { code } } }",' ..
    '"variables":{"id":"' .. cart .. '","k":"w1-' .. cart .. '"}}'
end

function request()
  local cart = table.remove(carts)
  return wrk.format(nil, "/graphql", nil, cart and checkout(cart) or create())
end

function response(status, headers, body)
  local cart = body:match('"cartCreate":{"cart":{"id":"([^"]+)"')
  if cart then
    table.insert(carts, cart)
  elseif status ~= 200 or not body:find('"receiptNo"', 1, true) then
    failures = (failures or 0) + 1
    if failures <= 3 then io.stderr:write("bad response " .. status .. ": " .. body:sub(1, 300) .. "\n") end
  end
end
