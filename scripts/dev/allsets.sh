#!/bin/bash
# allsets.sh TREE [sets...]: aggregate line per set, scored with TREE's docparse
T=${1:-/work/main}; shift
SETS=${@:-"blind blind_c blind_d blind_e blind_f blind_g blind_h blind_i dev_real dev_real2"}
for s in $SETS; do
  echo -n "$s: "; (cd /tmp && PYTHONPATH=$T SETF_TESTS=/work/main/tests python3 /work/coord/tools/setf.py /work/main/tests/$s 2>/dev/null | grep -E "^all |errors:" | tr '\n' ' '); echo
done
