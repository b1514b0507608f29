-- Requests the paths listed in the file $PATHS in turn, each connection starting at its own place,
-- with the header "Cookie: $COOKIE" when it is set. Used by bench/run to saturate Agora with wrk.
local paths = {}
for line in io.lines(os.getenv("PATHS")) do
    paths[#paths + 1] = line
end
local cookie = os.getenv("COOKIE") or ""
local next_path = math.random(#paths)

request = function()
    next_path = next_path % #paths + 1
    local headers = {}
    if cookie ~= "" then
        headers["Cookie"] = cookie
    end
    return wrk.format("GET", paths[next_path], headers)
end
