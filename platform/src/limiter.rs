//! Token buckets per key (a client address, an account): `capacity` tokens, refilled evenly over
//! a period. Used to limit certificate look-ups and failed sign-ins. Kept in memory: a restart
//! forgets them, which only ever lets someone try again sooner.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct Limiter {
    capacity: f64,
    per_sec: f64,
    buckets: Mutex<HashMap<String, (f64, Instant)>>,
}

/// Buckets kept before full ones are forgotten (a full bucket is the same as none).
const MAX_BUCKETS: usize = 10_000;

impl Limiter {
    /// `capacity` tokens; all of them come back over `period`.
    pub fn new(capacity: u32, period: Duration) -> Self {
        let capacity = f64::from(capacity.max(1));
        Limiter {
            capacity,
            per_sec: capacity / period.as_secs_f64().max(1.0),
            buckets: Mutex::new(HashMap::new()),
        }
    }

    pub fn per_minute(n: u32) -> Self {
        Self::new(n, Duration::from_secs(60))
    }

    /// Takes one token for `key`; `Err(seconds)` says how long until one is free.
    pub fn take(&self, key: &str, now: Instant) -> Result<(), u64> {
        self.update(key, now, true)
    }

    /// Whether `key` has a token now, without taking it; `Err(seconds)` as for [`Limiter::take`].
    pub fn check(&self, key: &str, now: Instant) -> Result<(), u64> {
        self.update(key, now, false)
    }

    fn update(&self, key: &str, now: Instant, take: bool) -> Result<(), u64> {
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        if buckets.len() > MAX_BUCKETS {
            let (cap, rate) = (self.capacity, self.per_sec);
            buckets.retain(|_, (tokens, at)| {
                *tokens + now.saturating_duration_since(*at).as_secs_f64() * rate < cap
            });
        }
        let (tokens, at) = buckets
            .entry(key.to_string())
            .or_insert((self.capacity, now));
        *tokens = (*tokens + now.saturating_duration_since(*at).as_secs_f64() * self.per_sec)
            .min(self.capacity);
        *at = now;
        if *tokens >= 1.0 {
            if take {
                *tokens -= 1.0;
            }
            Ok(())
        } else {
            Err(((1.0 - *tokens) / self.per_sec).ceil() as u64)
        }
    }
}

/// Failed sign-ins allowed per account and per client address (ASVS 2.2.1). Only failures use
/// them up; once used up, sign-in for that account or from that address is refused, whatever
/// the password, until tokens come back.
pub struct SignInLimits {
    pub per_account: Limiter,
    pub per_address: Limiter,
}

impl SignInLimits {
    /// 10 failures per account and 100 per address, each refilled over 15 minutes.
    pub fn standard() -> Self {
        let period = Duration::from_secs(15 * 60);
        SignInLimits {
            per_account: Limiter::new(10, period),
            per_address: Limiter::new(100, period),
        }
    }

    /// `Err(seconds)` when either the account or the address has used up its failures.
    pub fn check(&self, account: &str, address: &str, now: Instant) -> Result<(), u64> {
        let a = self.per_account.check(&account_key(account), now);
        let b = self.per_address.check(address, now);
        match (a, b) {
            (Ok(()), Ok(())) => Ok(()),
            (Err(x), Err(y)) => Err(x.max(y)),
            (Err(x), _) | (_, Err(x)) => Err(x),
        }
    }

    pub fn failed(&self, account: &str, address: &str, now: Instant) {
        let _ = self.per_account.take(&account_key(account), now);
        let _ = self.per_address.take(address, now);
    }
}

/// One bucket per account however the email is written.
fn account_key(email: &str) -> String {
    email.trim().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bucket_empties_and_refills_over_the_period() {
        let l = Limiter::per_minute(3);
        let t0 = Instant::now();
        assert!((0..3).all(|_| l.take("a", t0).is_ok()));
        assert_eq!(l.take("a", t0), Err(20));
        // Another key has its own bucket.
        assert!(l.take("b", t0).is_ok());
        // 20 seconds later one token is back.
        assert!(l.take("a", t0 + Duration::from_secs(20)).is_ok());
        assert!(l.take("a", t0 + Duration::from_secs(20)).is_err());
    }

    #[test]
    fn checking_takes_nothing() {
        let l = Limiter::per_minute(1);
        let t0 = Instant::now();
        assert!((0..5).all(|_| l.check("a", t0).is_ok()));
        assert!(l.take("a", t0).is_ok());
        assert_eq!(l.check("a", t0), Err(60));
    }

    #[test]
    fn ten_failures_lock_the_account_in_any_spelling_but_not_others() {
        let limits = SignInLimits::standard();
        let t0 = Instant::now();
        for _ in 0..10 {
            assert!(limits.check("Kari@Example.org", "10.0.0.1", t0).is_ok());
            limits.failed("Kari@Example.org", "10.0.0.1", t0);
        }
        // 10 tokens over 15 minutes: one back after 90 seconds.
        assert_eq!(limits.check(" kari@example.org", "10.0.0.2", t0), Err(90));
        assert!(limits.check("ola@example.org", "10.0.0.1", t0).is_ok());
        assert!(limits
            .check("kari@example.org", "10.0.0.2", t0 + Duration::from_secs(90))
            .is_ok());
    }

    #[test]
    fn one_address_trying_many_accounts_is_stopped_at_a_hundred() {
        let limits = SignInLimits::standard();
        let t0 = Instant::now();
        for n in 0..100 {
            let account = format!("person{n}@example.org");
            assert!(limits.check(&account, "10.0.0.9", t0).is_ok());
            limits.failed(&account, "10.0.0.9", t0);
        }
        assert!(limits
            .check("someone-new@example.org", "10.0.0.9", t0)
            .is_err());
        assert!(limits
            .check("someone-new@example.org", "10.0.0.8", t0)
            .is_ok());
    }
}
