# Steady-state figures of one measured phase, from two files: the request's page of the Gatling
# report (its chart of OK responses per second) and the CPU samples bench/run took during the phase
# (lines of epoch milliseconds, then clock ticks of Agora, its PostgreSQL, the load generator and
# the whole machine). Leaves out the ramp-up and drain seconds at both ends, and prints for the
# seconds in between: OK responses per second, CPU milliseconds per response of Agora and of its
# PostgreSQL, and the cores used by the load generator and by everything else on the machine.
# Usage: awk -v hz=CLOCK_TICKS -f steady.awk req_page.html cpu_samples

FNR == NR {
    if ($0 ~ /renderTo: .responsesContainerId./) {
        responses = 1
    } else if (responses && $0 ~ /name: .OK./) {
        ok = 1
    } else if (ok && $0 ~ /^data: \[\[/) {
        line = $0
        gsub(/[^0-9,]/, "", line)
        fields = split(line, field, ",")
        for (i = 1; i < fields; i += 2) {
            if (field[i] != "") {
                buckets++
                at[buckets] = field[i]
                count[buckets] = field[i + 1]
            }
        }
        responses = ok = 0
    }
    next
}

{
    samples++
    sampled_at[samples] = $1
    for (process = 1; process <= 4; process++) {
        ticks[samples, process] = $(process + 1)
    }
}

function ticks_at(time, process,    j) {
    for (j = 1; j < samples; j++) {
        if (sampled_at[j] <= time && time <= sampled_at[j + 1]) {
            return ticks[j, process] + (ticks[j + 1, process] - ticks[j, process]) \
                * (time - sampled_at[j]) / (sampled_at[j + 1] - sampled_at[j])
        }
    }
    return -1
}

function spent(process,    start, end) {
    start = ticks_at(at[first], process)
    end = ticks_at(at[last] + 1000, process)
    return start < 0 || end < 0 ? -1 : (end - start) / hz
}

function per_request(seconds) {
    return seconds < 0 || requests == 0 ? "-" : sprintf("%.1f", seconds * 1000 / requests)
}

function cores(seconds) {
    return seconds < 0 ? "-" : sprintf("%.2f", seconds / (last - first + 1))
}

END {
    for (first = 1; first <= buckets && count[first] == 0; first++) {}
    for (last = buckets; last >= 1 && count[last] == 0; last--) {}
    if (first > last) {
        print "0 - - - -"
        exit
    }
    trim = last - first >= 8 ? 2 : last - first >= 2 ? 1 : 0
    first += trim
    last -= trim
    for (i = first; i <= last; i++) {
        requests += count[i]
    }
    app = spent(1)
    db = spent(2)
    load = spent(3)
    machine = spent(4)
    # What the machine spent beyond the three: other processes, and rounding noise around zero.
    other = app < 0 || db < 0 || load < 0 || machine < 0 ? -1 : machine - app - db - load
    printf "%.1f %s %s %s %s\n", requests / (last - first + 1), per_request(app), per_request(db), cores(load),
        other == -1 ? "-" : cores(other > 0 ? other : 0)
}
