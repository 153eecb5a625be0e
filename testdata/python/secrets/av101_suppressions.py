"""Suppression comments silence a finding for its rule, with a reason."""

DEMO_PASSWORD = "Dm4!kV8#zQ2@"  # apivet: ignore[AV101] throwaway password of the local demo
# apivet: ignore[AV101] the sandbox account is reset every night
SANDBOX_API_KEY = "Sb3Kx8Lq2Mz7Vw4Rt9Yp"
LEGACY_TOKEN = "Lt6Xq9Lz2Mv5Rw8Tn3Pb"  # apivet: ignore[AV102] names another rule  # want: AV101
