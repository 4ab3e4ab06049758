//! splitmix64 with a fixed seed: the generator's only source of variation (no clock).

use rust_decimal::Decimal;

fn d(s: &str) -> Decimal {
    s.parse().expect("a decimal literal in the generator")
}

/// splitmix64: a fixed sequence from a fixed seed.
pub struct Rng(u64);

impl Rng {
    /// A generator at `seed`.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// The next 64 bits.
    pub fn bits(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// An integer in `lo..=hi`.
    pub fn int(&mut self, lo: i64, hi: i64) -> i64 {
        let span = u64::try_from(hi - lo + 1).expect("a non-empty range");
        lo + i64::try_from(self.bits() % span).expect("fits")
    }

    /// A decimal in `[lo, hi]` with `places` places.
    pub fn dec(&mut self, lo: &str, hi: &str, places: u32) -> Decimal {
        let k = Decimal::from(10i64.pow(places));
        let lo = (d(lo) * k).trunc();
        let hi = (d(hi) * k).trunc();
        let n = self.int(lo.try_into().expect("small"), hi.try_into().expect("small"));
        let mut x = Decimal::from(n) / k;
        x.rescale(places);
        x
    }

    /// 0, 1 or 2 decimal places.
    pub fn places(&mut self) -> u32 {
        u32::try_from(self.int(0, 2)).expect("small")
    }

    /// True with probability `pct` %.
    pub fn chance(&mut self, pct: u64) -> bool {
        self.bits() % 100 < pct
    }

    /// One of `xs`.
    pub fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[usize::try_from(self.bits() % xs.len() as u64).expect("fits")]
    }
}
