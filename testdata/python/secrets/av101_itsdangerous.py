"""E-mail confirmation links signed with itsdangerous."""
import os

from itsdangerous import TimestampSigner, URLSafeTimedSerializer

confirm = URLSafeTimedSerializer("cM4#nB7!vX2@zQ9$", salt="email-confirm")  # want: AV101
unsubscribe = TimestampSigner(secret_key="uS8!kD3#fG6@hJ1$")  # want: AV101
reset = URLSafeTimedSerializer(os.environ["SIGNING_KEY"], salt="password-reset")  # ok: AV101
invite = URLSafeTimedSerializer(secret_key=os.environ["SIGNING_KEY"], salt="team-invite-v2")  # ok: AV101
