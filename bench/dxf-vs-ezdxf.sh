#!/usr/bin/env bash
# DXF throughput, ours vs ezdxf, on the same corpus files the same number of times.
# Usage: bench/dxf-vs-ezdxf.sh [iterations]   (needs /usr/bin/python3 with python3-ezdxf)
set -euo pipefail
N="${1:-3}"
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(dirname "$HERE")"
CORPUS="$REPO/tests/corpus"

dotnet build "$HERE/LaserGrains.Benchmarks/LaserGrains.Benchmarks.csproj" -c Release -v q -nologo >/dev/null
OURS="$(dotnet "$HERE/LaserGrains.Benchmarks/bin/Release/net10.0/LaserGrains.Benchmarks.dll" --dxf-throughput "$N" "$CORPUS")"

# ezdxf: readfile (recover on failure), bbox extents and flattened curve lengths with INSERTs expanded,
# as tools/dxf_reference.py does (without its contour chaining), on the same files N times.
THEIRS="$(/usr/bin/python3 - "$N" "$CORPUS/dxf" 2>/dev/null <<'PY'
import sys, os, time, ezdxf
from ezdxf import recover, bbox
from ezdxf import path as ezpath
n, folder = int(sys.argv[1]), sys.argv[2]
files = sorted(os.path.join(folder, f) for f in os.listdir(folder))
CURVES = {"LINE", "ARC", "CIRCLE", "ELLIPSE", "SPLINE", "LWPOLYLINE", "POLYLINE"}
def walk(ents, depth):
    total = 0.0
    for e in ents:
        t = e.dxftype()
        if t == "INSERT" and depth < 8:
            try: total += walk(list(e.virtual_entities()), depth + 1)
            except Exception: pass
        elif t in CURVES:
            try:
                pts = list(ezpath.make_path(e).flattening(0.01))
                total += sum(pts[i].distance(pts[i + 1]) for i in range(len(pts) - 1))
            except Exception: pass
    return total
def one(fn):
    try: doc = ezdxf.readfile(fn)
    except Exception:
        try: doc, _ = recover.readfile(fn)
        except Exception: return False
    msp = doc.modelspace()
    try: bbox.extents(msp)
    except Exception: pass
    walk(list(msp), 0)
    return True
one(files[0])
size = sum(os.path.getsize(f) for f in files)
start = time.perf_counter(); cpu0 = time.process_time(); count = failed = 0
for _ in range(n):
    for f in files:
        count += 1
        failed += 0 if one(f) else 1
s = time.perf_counter() - start
cpu = time.process_time() - cpu0
print(f"ezdxf files={count} failed={failed} seconds={s:.3f} files_per_s={count / s:.1f} mb_per_s={size * n / s / 1e6:.2f} "
      f"cpu_seconds={cpu:.3f} files_per_cpu_s={count / cpu:.1f} mb_per_cpu_s={size * n / cpu / 1e6:.2f}")
PY
)"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$OURS"
echo "$THEIRS"
python3 - "$OURS" "$THEIRS" <<'PY'
import sys
val = lambda line, key: float(dict(kv.split("=") for kv in line.split()[1:])[key])
ours, theirs = sys.argv[1], sys.argv[2]
print(f"ratio wall (ours / ezdxf): files/s x{val(ours, 'files_per_s') / val(theirs, 'files_per_s'):.1f}, "
      f"MB/s x{val(ours, 'mb_per_s') / val(theirs, 'mb_per_s'):.1f}")
print(f"ratio CPU  (ours / ezdxf): files/s x{val(ours, 'files_per_cpu_s') / val(theirs, 'files_per_cpu_s'):.1f}, "
      f"MB/s x{val(ours, 'mb_per_cpu_s') / val(theirs, 'mb_per_cpu_s'):.1f}")
PY
