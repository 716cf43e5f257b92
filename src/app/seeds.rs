//! Seeds for new contacts and shifts. The page gives the model one seed when
//! it starts (the only place the browser's randomness enters); every seed
//! after that is drawn from it here, so the model's update stays a pure
//! function and a test can replay a session exactly.

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Seeds(u64);

impl Seeds {
    pub fn new(seed: u64) -> Self {
        Seeds(seed)
    }

    /// The next seed, below 2³² like the seeds the game has always stored
    /// (SplitMix64, Steele, Lea & Flood 2014: one step per seed, good spread).
    pub fn draw(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        (z ^ (z >> 31)) >> 32
    }
}
