-- wrk script: every request a question not asked before, so `uptake serve`'s answer cache never hits.
-- Province rates over a new range of days (1-40 days from a first day in 2025-01-01..2025-09-21) and
-- one of five metrics: 52,800 distinct questions, numbered so no two requests of a run repeat one.
-- With "mixed" as the second script argument every tenth request is instead one province's communes
-- by ISO week over 91 days (a quarter).
--   wrk -t2 -c16 -d20s --latency -s distinct.lua http://127.0.0.1:PORT -- 2 [province|mixed]
local metrics = {"online-submission", "online-result", "sync", "on-time", "received"}
local provinces = {"01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24", "25", "31", "33", "37", "38", "40",
                   "42", "44", "46", "48", "51", "52", "56", "66", "68", "75", "79", "80", "82", "86", "91", "92", "96"}
local created = 0

function setup(thread)
  thread:set("index", created)
  created = created + 1
end

function init(args)
  step = tonumber(args[1] or "1")
  mixed = args[2] == "mixed"
  n = index
end

local function date(days)
  return os.date("!%Y-%m-%d", os.time{year = 2025, month = 1, day = 1, hour = 12} + days * 86400)
end

function request()
  local i = n
  n = n + step
  if mixed and i % 10 == 9 then
    local start = math.floor(i / 10) % 213
    local p = provinces[math.floor(i / 2130) % #provinces + 1]
    return wrk.format("GET", string.format("/api/v1/rates?metric=online-submission&parent=%s&from=%s&to=%s&by=week",
                                            p, date(start), date(start + 90)))
  end
  local length, start = math.floor(i / 5) % 40, math.floor(i / 200) % 264
  return wrk.format("GET", string.format("/api/v1/rates?metric=%s&level=province&from=%s&to=%s",
                                          metrics[i % 5 + 1], date(start), date(start + length)))
end
