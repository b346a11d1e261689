;; The meet-in-the-middle kernel (subsetSums.ts), in WebAssembly: the loops over a half's 2^16
;; subsets. V8 compiles a WebAssembly function in microseconds, before its first call, where
;; JavaScript starts in an interpreter and waits for an optimising compiler: 2^16-entry loops
;; run once per call are just what the interpreter is slowest at (see README.md in this folder).
;;
;; Every array is passed as a byte offset into the module's memory; subsetSums.ts lays them out.
;; Weights and masses are f64 (whole numbers below 2^53, or probabilities), exactly as the
;; JavaScript they replace; masks, indices and head counts are i32.
;;
;; Build: npx tsx scripts/writeKernel.ts (wabt's wat2wasm, pinned there), which writes
;; kernelBinary.ts; kernelBinary.test.ts fails when this file changed since.
(module
  (memory (export "memory") 1)

  ;; merge: the ascending run fw[0..len) (the item says no, masks fk) and the same run shifted by
  ;; `weight` (the item says yes: mask bit `flag`), merged into tw, tk: one step of listing a
  ;; half's subsets in ascending weight, never sorting.
  (func (export "merge")
    (param $fw i32) (param $fk i32) (param $tw i32) (param $tk i32)
    (param $len i32) (param $weight f64) (param $flag i32)
    (local $a i32) (local $b i32) (local $k i32) (local $wa f64) (local $wb f64)
    (block $done
      (loop $both
        (br_if $done (i32.ge_u (local.get $a) (local.get $len)))
        (br_if $done (i32.ge_u (local.get $b) (local.get $len)))
        (local.set $wa (f64.load (i32.add (local.get $fw) (i32.shl (local.get $a) (i32.const 3)))))
        (local.set $wb
          (f64.add
            (f64.load (i32.add (local.get $fw) (i32.shl (local.get $b) (i32.const 3))))
            (local.get $weight)))
        ;; Ties: the unshifted entry first.
        (if (f64.le (local.get $wa) (local.get $wb))
          (then
            (f64.store (i32.add (local.get $tw) (i32.shl (local.get $k) (i32.const 3))) (local.get $wa))
            (i32.store (i32.add (local.get $tk) (i32.shl (local.get $k) (i32.const 2)))
              (i32.load (i32.add (local.get $fk) (i32.shl (local.get $a) (i32.const 2)))))
            (local.set $a (i32.add (local.get $a) (i32.const 1))))
          (else
            (f64.store (i32.add (local.get $tw) (i32.shl (local.get $k) (i32.const 3))) (local.get $wb))
            (i32.store (i32.add (local.get $tk) (i32.shl (local.get $k) (i32.const 2)))
              (i32.or
                (i32.load (i32.add (local.get $fk) (i32.shl (local.get $b) (i32.const 2))))
                (local.get $flag)))
            (local.set $b (i32.add (local.get $b) (i32.const 1)))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $both)))
    (block $doneA
      (loop $restA
        (br_if $doneA (i32.ge_u (local.get $a) (local.get $len)))
        (f64.store (i32.add (local.get $tw) (i32.shl (local.get $k) (i32.const 3)))
          (f64.load (i32.add (local.get $fw) (i32.shl (local.get $a) (i32.const 3)))))
        (i32.store (i32.add (local.get $tk) (i32.shl (local.get $k) (i32.const 2)))
          (i32.load (i32.add (local.get $fk) (i32.shl (local.get $a) (i32.const 2)))))
        (local.set $a (i32.add (local.get $a) (i32.const 1)))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $restA)))
    (block $doneB
      (loop $restB
        (br_if $doneB (i32.ge_u (local.get $b) (local.get $len)))
        (f64.store (i32.add (local.get $tw) (i32.shl (local.get $k) (i32.const 3)))
          (f64.add
            (f64.load (i32.add (local.get $fw) (i32.shl (local.get $b) (i32.const 3))))
            (local.get $weight)))
        (i32.store (i32.add (local.get $tk) (i32.shl (local.get $k) (i32.const 2)))
          (i32.or
            (i32.load (i32.add (local.get $fk) (i32.shl (local.get $b) (i32.const 2))))
            (local.get $flag)))
        (local.set $b (i32.add (local.get $b) (i32.const 1)))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $restB))))

  ;; layOut: one pass over a half's subsets (ascending weight). Each subset's two patterns are
  ;; v0 (its first lowBits items) and v1 (the rest, after the first group's 2^lowBits patterns);
  ;; the pattern tables pHeads (i32) and pMass (f64) give its head count c and mass m0 x m1.
  ;; As a column: into its head count's group at next[c] (a stable counting sort keeps each group
  ;; ascending), with colBefore = the mass listed before it in that group (groupMass[c] so far).
  ;; As a row: its tally cells index[2k] = v0 x sizes + c and index[2k + 1] = v1 x sizes + c,
  ;; and cofactors cofactor[2k] = m1, cofactor[2k + 1] = m0 (the other group's mass).
  (func (export "layOut")
    (param $masks i32) (param $weights i32) (param $length i32) (param $lowBits i32)
    (param $pHeads i32) (param $pMass i32) (param $sizes i32) (param $next i32)
    (param $groupMass i32) (param $colW i32) (param $colBefore i32) (param $index i32)
    (param $cofactor i32)
    (local $k i32) (local $mask i32) (local $v0 i32) (local $v1 i32) (local $c i32)
    (local $m0 f64) (local $m1 f64) (local $at i32) (local $gm i32)
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $k) (local.get $length)))
        (local.set $mask (i32.load (i32.add (local.get $masks) (i32.shl (local.get $k) (i32.const 2)))))
        (local.set $v0
          (i32.and (local.get $mask)
            (i32.sub (i32.shl (i32.const 1) (local.get $lowBits)) (i32.const 1))))
        (local.set $v1
          (i32.add (i32.shl (i32.const 1) (local.get $lowBits))
            (i32.shr_u (local.get $mask) (local.get $lowBits))))
        (local.set $c
          (i32.add
            (i32.load (i32.add (local.get $pHeads) (i32.shl (local.get $v0) (i32.const 2))))
            (i32.load (i32.add (local.get $pHeads) (i32.shl (local.get $v1) (i32.const 2))))))
        (local.set $m0 (f64.load (i32.add (local.get $pMass) (i32.shl (local.get $v0) (i32.const 3)))))
        (local.set $m1 (f64.load (i32.add (local.get $pMass) (i32.shl (local.get $v1) (i32.const 3)))))
        ;; The column: at = next[c]++.
        (local.set $at (i32.load (i32.add (local.get $next) (i32.shl (local.get $c) (i32.const 2)))))
        (i32.store (i32.add (local.get $next) (i32.shl (local.get $c) (i32.const 2)))
          (i32.add (local.get $at) (i32.const 1)))
        (f64.store (i32.add (local.get $colW) (i32.shl (local.get $at) (i32.const 3)))
          (f64.load (i32.add (local.get $weights) (i32.shl (local.get $k) (i32.const 3)))))
        (local.set $gm (i32.add (local.get $groupMass) (i32.shl (local.get $c) (i32.const 3))))
        (f64.store (i32.add (local.get $colBefore) (i32.shl (local.get $at) (i32.const 3)))
          (f64.load (local.get $gm)))
        (f64.store (local.get $gm)
          (f64.add (f64.load (local.get $gm)) (f64.mul (local.get $m0) (local.get $m1))))
        ;; The row.
        (i32.store (i32.add (local.get $index) (i32.shl (local.get $k) (i32.const 3)))
          (i32.add (i32.mul (local.get $v0) (local.get $sizes)) (local.get $c)))
        (i32.store (i32.add (local.get $index) (i32.add (i32.shl (local.get $k) (i32.const 3)) (i32.const 4)))
          (i32.add (i32.mul (local.get $v1) (local.get $sizes)) (local.get $c)))
        (f64.store (i32.add (local.get $cofactor) (i32.shl (local.get $k) (i32.const 4)))
          (local.get $m1))
        (f64.store (i32.add (local.get $cofactor) (i32.add (i32.shl (local.get $k) (i32.const 4)) (i32.const 8)))
          (local.get $m0))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $each))))

  ;; sweep: for every pair (x a column, y a row) weighing at least `threshold`, adds its mass
  ;; over y's cofactor to y's two tally cells at the pair's head count. For each head count ca of
  ;; the columns (start[ca]..start[ca + 1], of mass groupMass[ca]), rows are read in descending
  ;; weight while a pointer p walks that group upwards to the lightest x still heavy enough; the
  ;; pairs' mass is then groupMass[ca] - colBefore[p]. A group is done once no x is heavy enough.
  (func (export "sweep")
    (param $colW i32) (param $colBefore i32) (param $start i32) (param $groupMass i32)
    (param $classes i32) (param $rowW i32) (param $rows i32) (param $index i32)
    (param $cofactor i32) (param $threshold f64) (param $tally i32)
    (local $ca i32) (local $a1 i32) (local $p i32) (local $r i32) (local $end f64)
    (local $need f64) (local $pairs f64) (local $at i32)
    (block $classesDone
      (loop $eachClass
        (br_if $classesDone (i32.ge_u (local.get $ca) (local.get $classes)))
        (local.set $p (i32.load (i32.add (local.get $start) (i32.shl (local.get $ca) (i32.const 2)))))
        (local.set $a1
          (i32.load (i32.add (local.get $start) (i32.shl (i32.add (local.get $ca) (i32.const 1)) (i32.const 2)))))
        (local.set $end (f64.load (i32.add (local.get $groupMass) (i32.shl (local.get $ca) (i32.const 3)))))
        (local.set $r (local.get $rows))
        (block $rowsDone
          (br_if $rowsDone (i32.ge_u (local.get $p) (local.get $a1)))
          (loop $eachRow
            (br_if $rowsDone (i32.eqz (local.get $r)))
            (local.set $r (i32.sub (local.get $r) (i32.const 1)))
            (local.set $need
              (f64.sub (local.get $threshold)
                (f64.load (i32.add (local.get $rowW) (i32.shl (local.get $r) (i32.const 3))))))
            ;; y grows lighter, so x must grow heavier: the pointer only moves right. Written as
            ;; "not heavy enough" (not x >= need), so that a NaN compares as JavaScript's did.
            (block $heavyEnough
              (loop $advance
                (br_if $heavyEnough
                  (i32.eqz
                    (f64.lt
                      (f64.load (i32.add (local.get $colW) (i32.shl (local.get $p) (i32.const 3))))
                      (local.get $need))))
                (local.set $p (i32.add (local.get $p) (i32.const 1)))
                (br_if $rowsDone (i32.eq (local.get $p) (local.get $a1)))
                (br $advance)))
            (local.set $pairs
              (f64.sub (local.get $end)
                (f64.load (i32.add (local.get $colBefore) (i32.shl (local.get $p) (i32.const 3))))))
            (local.set $at
              (i32.add (local.get $tally)
                (i32.shl
                  (i32.add
                    (i32.load (i32.add (local.get $index) (i32.shl (local.get $r) (i32.const 3))))
                    (local.get $ca))
                  (i32.const 3))))
            (f64.store (local.get $at)
              (f64.add (f64.load (local.get $at))
                (f64.mul (local.get $pairs)
                  (f64.load (i32.add (local.get $cofactor) (i32.shl (local.get $r) (i32.const 4)))))))
            (local.set $at
              (i32.add (local.get $tally)
                (i32.shl
                  (i32.add
                    (i32.load
                      (i32.add (local.get $index) (i32.add (i32.shl (local.get $r) (i32.const 3)) (i32.const 4))))
                    (local.get $ca))
                  (i32.const 3))))
            (f64.store (local.get $at)
              (f64.add (f64.load (local.get $at))
                (f64.mul (local.get $pairs)
                  (f64.load
                    (i32.add (local.get $cofactor) (i32.add (i32.shl (local.get $r) (i32.const 4)) (i32.const 8)))))))
            (br $eachRow)))
        (local.set $ca (i32.add (local.get $ca) (i32.const 1)))
        (br $eachClass))))

  ;; product: out[j x sizes + s] += sum over v of coef[j x patterns + v] x tally[v x sizes + s],
  ;; for j < items and s < sizes, skipping zero coefficients: a group's tally (patterns x head
  ;; counts) turned into its items' credits.
  (func (export "product")
    (param $out i32) (param $coef i32) (param $tally i32) (param $items i32)
    (param $patterns i32) (param $sizes i32)
    (local $j i32) (local $v i32) (local $s i32) (local $c f64) (local $o i32) (local $t i32)
    (block $itemsDone
      (loop $eachItem
        (br_if $itemsDone (i32.ge_u (local.get $j) (local.get $items)))
        (local.set $v (i32.const 0))
        (block $patternsDone
          (loop $eachPattern
            (br_if $patternsDone (i32.ge_u (local.get $v) (local.get $patterns)))
            (local.set $c
              (f64.load
                (i32.add (local.get $coef)
                  (i32.shl
                    (i32.add (i32.mul (local.get $j) (local.get $patterns)) (local.get $v))
                    (i32.const 3)))))
            (if (f64.ne (local.get $c) (f64.const 0))
              (then
                (local.set $o
                  (i32.add (local.get $out) (i32.shl (i32.mul (local.get $j) (local.get $sizes)) (i32.const 3))))
                (local.set $t
                  (i32.add (local.get $tally) (i32.shl (i32.mul (local.get $v) (local.get $sizes)) (i32.const 3))))
                (local.set $s (i32.const 0))
                (block $sizesDone
                  (loop $eachSize
                    (br_if $sizesDone (i32.ge_u (local.get $s) (local.get $sizes)))
                    (f64.store (local.get $o)
                      (f64.add (f64.load (local.get $o))
                        (f64.mul (local.get $c) (f64.load (local.get $t)))))
                    (local.set $o (i32.add (local.get $o) (i32.const 8)))
                    (local.set $t (i32.add (local.get $t) (i32.const 8)))
                    (local.set $s (i32.add (local.get $s) (i32.const 1)))
                    (br $eachSize)))))
            (local.set $v (i32.add (local.get $v) (i32.const 1)))
            (br $eachPattern)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $eachItem))))
)
