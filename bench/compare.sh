#!/usr/bin/env bash
# compare.sh: time apivet against bandit, gosec and a tree-sitter parse-only baseline on
# synthetic corpora written by bench/corpus at scales 1, 4 and 16. See bench/README.md.
#
#   bash bench/compare.sh            # scales 1 4 16, RUNS (default 5) timed runs each
#   bash bench/compare.sh --quick    # scale 1, one run: a smoke check
#   bash bench/compare.sh --install  # first install bandit (apt-get) and gosec (go install)
#
# Environment: RUNS (timed runs per tool and scale, default 5), SCALES (default "1 4 16"),
# KEEP=1 keeps the temporary directory (corpora, raw timings) and prints its path.
set -euo pipefail

GOSEC_VERSION=v2.30.0

usage() { # the comment block at the top of this file
	awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"
}

install=0
quick=0
for arg in "$@"; do
	case $arg in
	--install) install=1 ;;
	--quick) quick=1 ;;
	-h | --help)
		usage
		exit 0
		;;
	*)
		echo "compare.sh: unknown argument $arg" >&2
		usage >&2
		exit 2
		;;
	esac
done

RUNS=${RUNS:-5}
SCALES=${SCALES:-1 4 16}
if ((quick)); then
	RUNS=1
	SCALES=1
fi
if ! [[ $RUNS =~ ^[1-9][0-9]*$ ]]; then
	echo "compare.sh: RUNS must be a positive integer, got '$RUNS'" >&2
	exit 2
fi

die() {
	echo "compare.sh: $*" >&2
	exit 1
}

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
command -v go >/dev/null || die "go is not on PATH"
TIME=/usr/bin/time
"$TIME" -f '%e %M' -o /dev/null true 2>/dev/null ||
	die "GNU time is needed at $TIME (Debian/Ubuntu: apt-get install time)"
gobin=$(go env GOBIN)
[[ -n $gobin ]] || gobin=$(go env GOPATH)/bin
export PATH="$PATH:$gobin"

if ((install)); then
	if ! command -v bandit >/dev/null; then
		command -v apt-get >/dev/null || die "--install needs apt-get for bandit (or: pipx install bandit)"
		sudo=
		if [[ $(id -u) != 0 ]]; then sudo=sudo; fi
		echo "installing bandit with apt-get" >&2
		$sudo apt-get install -y bandit >&2 || {
			$sudo apt-get update >&2 && $sudo apt-get install -y bandit >&2
		} || die "apt-get could not install bandit"
	fi
	if ! command -v gosec >/dev/null; then
		echo "installing gosec $GOSEC_VERSION with go install" >&2
		(cd / && go install "github.com/securego/gosec/v2/cmd/gosec@$GOSEC_VERSION") >&2 ||
			die "go install of gosec failed"
	fi
fi

BANDIT=$(command -v bandit || true)
GOSEC=$(command -v gosec || true)
[[ -n $BANDIT ]] || echo "note: bandit is not installed; its rows are skipped (bash bench/compare.sh --install, or apt-get install bandit / pipx install bandit)" >&2
[[ -n $GOSEC ]] || echo "note: gosec is not installed; its rows are skipped (bash bench/compare.sh --install, or go install github.com/securego/gosec/v2/cmd/gosec@$GOSEC_VERSION)" >&2

tmp=$(mktemp -d "${TMPDIR:-/tmp}/apivet-bench.XXXXXX")
cleanup() {
	if [[ ${KEEP:-0} == 1 ]]; then
		echo "kept $tmp" >&2
	else
		rm -rf "$tmp"
	fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "building apivet, parseonly and corpus" >&2
(cd "$repo" &&
	go build -o "$tmp/apivet" ./cmd/apivet &&
	go build -o "$tmp/parseonly" ./bench/parseonly &&
	go build -o "$tmp/corpus" ./bench/corpus) || die "build failed"

# measure NAME DIR OKCODES CMD...: one untimed warm-up run (file cache, go build cache for
# go list), then RUNS timed runs; each run appends "wall cpu maxrss_kb" to $tmp/NAME.times.
# OKCODES lists the exit statuses that mean success (apivet, bandit and gosec exit 1 when they
# find something).
measure() {
	local name=$1 dir=$2 ok=$3
	shift 3
	local out=$tmp/$name.times err=$tmp/$name.err rc i
	: >"$out"
	for ((i = 0; i <= RUNS; i++)); do
		if ((i == 0 && quick)); then continue; fi
		rc=0
		(cd "$dir" && "$TIME" -f '%e %U %S %M' -o "$tmp/time.out" "$@" >/dev/null 2>"$err") || rc=$?
		if [[ " $ok " != *" $rc "* ]]; then
			echo "compare.sh: $name exited with status $rc (expected one of: $ok); its stderr ends with:" >&2
			tail -n 5 "$err" >&2
			echo "FAILED" >"$out"
			return 0
		fi
		if ((i > 0 || quick)); then
			# GNU time prints "Command exited with non-zero status N" before the numbers.
			tail -n 1 "$tmp/time.out" | awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' >>"$out"
		fi
	done
}

# stats NAME: "median min max cpu_median rss_median_mb" of NAME's runs, or "" when it failed
# or did not run.
stats() {
	local f=$tmp/$1.times
	[[ -s $f ]] && ! grep -q FAILED "$f" || return 0
	local walls cpus rss
	walls=$(awk '{print $1}' "$f" | sort -g | tr '\n' ' ')
	cpus=$(awk '{print $2}' "$f" | sort -g | tr '\n' ' ')
	rss=$(awk '{print $3}' "$f" | sort -g | tr '\n' ' ')
	awk -v w="$walls" -v c="$cpus" -v r="$rss" 'function med(s, a, n) { n = split(s, a, " "); return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
		BEGIN { n = split(w, a, " "); printf "%.2f %.2f %.2f %.2f %.0f\n", med(w), a[1], a[n], med(c), med(r) / 1024 }'
}

field() { echo "$1" | awk -v i="$2" '{print $i}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b + 0 == 0) print "n/a"; else printf "%.1f", a / b }'; }

declare -A PYMED GOMED PYCPU GOCPU
commit=$(cd "$repo" && git log -1 --oneline 2>/dev/null) || commit=unknown
dirty=""
if [[ -n $(cd "$repo" && git status --porcelain --untracked-files=no 2>/dev/null) ]]; then dirty=" (plus uncommitted work in the tree)"; fi
bandit_version="not installed"
if [[ -n $BANDIT ]]; then bandit_version=$("$BANDIT" --version 2>&1 | awk 'NR == 1 {print $2}'); fi
gosec_version="not installed"
if [[ -n $GOSEC ]]; then
	gosec_version=$(go version -m "$GOSEC" 2>/dev/null | awk '$1 == "mod" {print $3}')
	[[ -n $gosec_version ]] || gosec_version=$("$GOSEC" -version 2>&1 | awk '/Version/ {print $2; exit}')
fi
echo "# apivet benchmark"
echo
echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit: \`$commit\`$dirty"
echo "- machine: $(nproc) CPUs, load average at start $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'); $(go version | cut -d' ' -f3-)"
echo "- tools: $("$tmp/apivet" -version 2>&1 | awk 'NR == 1'); bandit $bandit_version; gosec $gosec_version"
if ((quick)); then
	echo "- quick mode: one cold run per tool (no warm-up; apivet on Go includes compiling the corpus for export data)"
else
	echo "- $RUNS timed run(s) per tool and scale after one warm-up run; wall time median (min-max), CPU = user+sys median, peak RSS median"
fi

for scale in $SCALES; do
	corpus=$tmp/corpus$scale
	echo "generating the scale-$scale corpus" >&2
	sizes=$("$tmp/corpus" -scale "$scale" -out "$corpus") || die "corpus generation failed"
	py=$corpus/python
	gomod=$corpus/go

	echo "scale $scale: apivet (Python)" >&2
	measure "py-apivet-$scale" "$py" "0 1" "$tmp/apivet" --no-cache .
	summary=$(grep '^apivet:' "$tmp/py-apivet-$scale.err" | tail -1 || true)
	echo "scale $scale: parse-only" >&2
	measure "py-parse-$scale" "$py" "0" "$tmp/parseonly" .
	if [[ -n $BANDIT ]]; then
		echo "scale $scale: bandit" >&2
		measure "py-bandit-$scale" "$py" "0 1" "$BANDIT" -r -q -f json -o /dev/null .
	fi
	echo "scale $scale: apivet (Go)" >&2
	measure "go-apivet-$scale" "$gomod" "0 1" "$tmp/apivet" --no-cache ./...
	gosummary=$(grep '^apivet:' "$tmp/go-apivet-$scale.err" | tail -1 || true)
	if [[ -n $GOSEC ]]; then
		echo "scale $scale: gosec" >&2
		measure "go-gosec-$scale" "$gomod" "0 1" "$GOSEC" -quiet -fmt json -out /dev/null ./...
	fi

	pa=$(stats "py-apivet-$scale")
	pp=$(stats "py-parse-$scale")
	pb=$(stats "py-bandit-$scale")
	ga=$(stats "go-apivet-$scale")
	gg=$(stats "go-gosec-$scale")
	PYMED[$scale]=$(field "$pa" 1)
	GOMED[$scale]=$(field "$ga" 1)
	PYCPU[$scale]=$(field "$pa" 4)
	GOCPU[$scale]=$(field "$ga" 4)

	echo
	echo "## Scale $scale"
	echo
	echo "Corpus: ${sizes#*: }"
	echo
	echo "| tool | wall s median (min-max) | CPU s | peak RSS MB | wall vs apivet | CPU vs apivet |"
	echo "|---|---|---|---|---|---|"
	row() { # label stats base
		if [[ -z $2 ]]; then
			echo "| $1 | failed or not run | | | | |"
			return
		fi
		echo "| $1 | $(field "$2" 1) ($(field "$2" 2)-$(field "$2" 3)) | $(field "$2" 4) | $(field "$2" 5) | $(ratio "$(field "$2" 1)" "$(field "$3" 1)")x | $(ratio "$(field "$2" 4)" "$(field "$3" 4)")x |"
	}
	row "apivet, Python tree" "$pa" "$pa"
	row "tree-sitter parse-only" "$pp" "$pa"
	[[ -z $BANDIT ]] || row "bandit -r" "$pb" "$pa"
	row "apivet, Go module" "$ga" "$ga"
	[[ -z $GOSEC ]] || row "gosec ./..." "$gg" "$ga"
	echo
	[[ -z $summary ]] || echo "- apivet on Python said: \`$summary\`"
	[[ -z $gosummary ]] || echo "- apivet on Go said: \`$gosummary\`"
	[[ -z $BANDIT ]] || echo "- bandit / apivet (Python): $(ratio "$(field "$pb" 1)" "$(field "$pa" 1)")x wall, $(ratio "$(field "$pb" 4)" "$(field "$pa" 4)")x CPU (target >= 20x)"
	echo "- apivet / parse-only (Python): $(ratio "$(field "$pa" 1)" "$(field "$pp" 1)")x wall, $(ratio "$(field "$pa" 4)" "$(field "$pp" 4)")x CPU (target <= 2x)"
	if [[ -n $GOSEC ]]; then
		echo "- gosec / apivet (Go): $(ratio "$(field "$gg" 1)" "$(field "$ga" 1)")x wall, $(ratio "$(field "$gg" 4)" "$(field "$ga" 4)")x CPU (target > 1x)"
		echo "- peak memory apivet / gosec (Go): $(ratio "$(field "$ga" 5)" "$(field "$gg" 5)") (target <= 1)"
	fi
done

set -- $SCALES
if (($# > 1)); then
	first=$1
	echo
	echo "## Growth"
	echo
	line() { # label array-name
		local -n m=$2
		local out="" s
		for s in $SCALES; do
			out+="${out:+ -> }${s}x: ${m[$s]:-n/a}s"
			if [[ $s != "$first" ]]; then out+=" ($(ratio "${m[$s]:-}" "${m[$first]:-}")x)"; fi
		done
		echo "- $1: $out (linear: time ratio = scale ratio)"
	}
	line "apivet, Python, wall" PYMED
	line "apivet, Python, CPU" PYCPU
	line "apivet, Go, wall" GOMED
	line "apivet, Go, CPU" GOCPU
fi
