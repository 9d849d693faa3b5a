import pytest

from gateway.auth import authenticate, key_id


@pytest.mark.parametrize("header, expected", [
    ("Bearer k1", key_id("k1")),
    ("Bearer k2 ", key_id("k2")),
    ("Bearer nope", None),
    ("Basic k1", None),
    ("k1", None),
    ("", None),
    (None, None),
    ("Bearer ", None),
])
def test_bearer_keys(header, expected):
    assert authenticate(header, ("k1", "k2")) == expected


def test_no_keys_configured_refuses_everyone():
    assert authenticate("Bearer anything", ()) is None


def test_key_id_does_not_reveal_the_key():
    assert "secret" not in key_id("secret") and len(key_id("secret")) == 12
