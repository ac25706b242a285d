"""Verifies an Open Badges 3.0 credential with an independent implementation (openbadgeslib, from
PyPI), the way a relying party outside RTW Academy would: the issuer's key is taken from the
published JWKS by the credential's `kid`, the signature and the OB 3.0 structure are checked, and
the credential's status is looked up in the issuer's signed Bitstring Status Lists.

    python verify_ob3.py CREDENTIAL_FILE

Prints `valid` and exits 0, or prints why not and exits 1.
"""
import functools
import json
import sys
import urllib.request

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from openbadgeslib.ob3 import OB3Verifier, OB3VerificationError
from openbadgeslib.util import download_file


def main() -> int:
    token = open(sys.argv[1], encoding="utf-8").read().strip()
    kid = jwt.get_unverified_header(token)["kid"]
    jwks_url = kid.split("#", 1)[0]
    with urllib.request.urlopen(jwks_url, timeout=10) as r:
        keys = json.load(r)["keys"]
    jwk = next(k for k in keys if k["kid"] == kid)
    raw = jwt.utils.base64url_decode(jwk["x"])
    pem = Ed25519PublicKey.from_public_bytes(raw).public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    # The test server runs on loopback over plain HTTP; a real deployment is HTTPS.
    download = functools.partial(download_file, allow_insecure=True, allow_private=True)
    try:
        credential = OB3Verifier(pem).verify(
            token, check_status=True, verify_status_list=True, download=download
        )
    except OB3VerificationError as e:
        print(f"invalid: {e}")
        return 1
    print(f"valid: {credential.achievement.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
