'''Hand-written code completion tasks for the code_completion suite (scorer/build_suites.py).

Each task is a small function and its tests, separated by a line `# tests`. The function's last
line is what the model must write (the reference); everything above it is the prompt. Tests are
assert statements run against the completed function in the sandbox (scorer/sandbox.py).

Written for this suite, not taken from the standard library (the model trained on stdlib code),
and checked against the training files by build_suites.py.
'''

TASKS = [
'''
def add(a, b):
    """Return the sum of a and b."""
    return a + b
# tests
assert add(2, 3) == 5
assert add(-1, 1) == 0
''',
'''
def square(x):
    """Return x multiplied by itself."""
    return x * x
# tests
assert square(3) == 9
assert square(-4) == 16
''',
'''
def is_even(n):
    """Return True if n is even."""
    return n % 2 == 0
# tests
assert is_even(4) is True
assert is_even(7) is False
''',
'''
def first_item(items):
    """Return the first element of a non-empty list."""
    return items[0]
# tests
assert first_item([9, 8, 7]) == 9
assert first_item(["a"]) == "a"
''',
'''
def last_item(items):
    """Return the last element of a non-empty list."""
    return items[-1]
# tests
assert last_item([1, 2, 3]) == 3
assert last_item("xyz") == "z"
''',
'''
def count_items(items):
    """Return how many elements items has."""
    return len(items)
# tests
assert count_items([1, 2, 3]) == 3
assert count_items([]) == 0
''',
'''
def to_upper(text):
    """Return text in upper case."""
    return text.upper()
# tests
assert to_upper("abc") == "ABC"
assert to_upper("Mixed 1") == "MIXED 1"
''',
'''
def strip_spaces(text):
    """Return text without leading and trailing whitespace."""
    return text.strip()
# tests
assert strip_spaces("  hi  ") == "hi"
assert strip_spaces("\\tx\\n") == "x"
''',
'''
def reverse_text(text):
    """Return the characters of text in reverse order."""
    return text[::-1]
# tests
assert reverse_text("abc") == "cba"
assert reverse_text("") == ""
''',
'''
def total(values):
    """Return the sum of all values."""
    return sum(values)
# tests
assert total([1, 2, 3]) == 6
assert total([]) == 0
''',
'''
def largest(values):
    """Return the largest of the values."""
    return max(values)
# tests
assert largest([3, 9, 2]) == 9
assert largest([-5, -2]) == -2
''',
'''
def smallest(values):
    """Return the smallest of the values."""
    return min(values)
# tests
assert smallest([3, 9, 2]) == 2
assert smallest([-5, -2]) == -5
''',
'''
def join_words(words):
    """Join the words with single spaces."""
    return " ".join(words)
# tests
assert join_words(["a", "b", "c"]) == "a b c"
assert join_words([]) == ""
''',
'''
def split_words(text):
    """Return the words of text, split on whitespace."""
    return text.split()
# tests
assert split_words("a  b c") == ["a", "b", "c"]
assert split_words("") == []
''',
'''
def sorted_copy(values):
    """Return a new sorted list of the values."""
    return sorted(values)
# tests
assert sorted_copy([3, 1, 2]) == [1, 2, 3]
v = [2, 1]
assert sorted_copy(v) == [1, 2] and v == [2, 1]
''',
'''
def unique(values):
    """Return the set of distinct values."""
    return set(values)
# tests
assert unique([1, 1, 2]) == {1, 2}
assert unique([]) == set()
''',
'''
def absolute(x):
    """Return the absolute value of x."""
    return abs(x)
# tests
assert absolute(-3) == 3
assert absolute(2.5) == 2.5
''',
'''
def is_empty(items):
    """Return True if items has no elements."""
    return len(items) == 0
# tests
assert is_empty([]) is True
assert is_empty([0]) is False
''',
'''
def get_name(record):
    """Return the value stored under the key "name" in record."""
    return record["name"]
# tests
assert get_name({"name": "Acme", "id": 3}) == "Acme"
''',
'''
def get_or_default(mapping, key, default):
    """Return mapping[key], or default when the key is missing."""
    return mapping.get(key, default)
# tests
assert get_or_default({"a": 1}, "a", 0) == 1
assert get_or_default({}, "b", 7) == 7
''',
'''
def keys_of(mapping):
    """Return the keys of mapping as a list."""
    return list(mapping.keys())
# tests
assert keys_of({"a": 1, "b": 2}) == ["a", "b"]
assert keys_of({}) == []
''',
'''
def contains(items, value):
    """Return True if value is one of the items."""
    return value in items
# tests
assert contains([1, 2, 3], 2) is True
assert contains("abc", "z") is False
''',
'''
def starts_with(text, prefix):
    """Return True if text starts with prefix."""
    return text.startswith(prefix)
# tests
assert starts_with("tinylab", "tiny") is True
assert starts_with("lab", "tiny") is False
''',
'''
def ends_with(text, suffix):
    """Return True if text ends with suffix."""
    return text.endswith(suffix)
# tests
assert ends_with("report.txt", ".txt") is True
assert ends_with("report.py", ".txt") is False
''',
'''
def replace_all(text, old, new):
    """Return text with every occurrence of old replaced by new."""
    return text.replace(old, new)
# tests
assert replace_all("a-b-c", "-", "+") == "a+b+c"
assert replace_all("abc", "x", "y") == "abc"
''',
'''
def to_int(text):
    """Convert a string of digits to an integer."""
    return int(text)
# tests
assert to_int("42") == 42
assert to_int("-7") == -7
''',
'''
def to_text(value):
    """Return value converted to a string."""
    return str(value)
# tests
assert to_text(12) == "12"
assert to_text(None) == "None"
''',
'''
def halve(x):
    """Return half of x as a float."""
    return x / 2
# tests
assert halve(5) == 2.5
assert halve(0) == 0
''',
'''
def is_positive(x):
    """Return True if x is greater than zero."""
    return x > 0
# tests
assert is_positive(3) is True
assert is_positive(0) is False
''',
'''
def power(base, exponent):
    """Return base raised to exponent."""
    return base ** exponent
# tests
assert power(2, 10) == 1024
assert power(5, 0) == 1
''',
'''
def remainder(a, b):
    """Return the remainder of a divided by b."""
    return a % b
# tests
assert remainder(10, 3) == 1
assert remainder(9, 3) == 0
''',
'''
def word_count(text):
    """Return the number of words in text."""
    return len(text.split())
# tests
assert word_count("one two  three") == 3
assert word_count("") == 0
''',
'''
def doubled(values):
    """Return a list with every value multiplied by two."""
    return [v * 2 for v in values]
# tests
assert doubled([1, 2, 3]) == [2, 4, 6]
assert doubled([]) == []
''',
'''
def only_positive(values):
    """Return the values greater than zero, in order."""
    return [v for v in values if v > 0]
# tests
assert only_positive([3, -1, 0, 2]) == [3, 2]
assert only_positive([-1]) == []
''',
'''
def lengths(words):
    """Return the length of each word."""
    return [len(w) for w in words]
# tests
assert lengths(["a", "abc", ""]) == [1, 3, 0]
''',
'''
def mean(values):
    """Return the arithmetic mean of a non-empty list of numbers."""
    return sum(values) / len(values)
# tests
assert mean([1, 2, 3, 4]) == 2.5
assert mean([5]) == 5
''',
'''
def clamp(x, low, high):
    """Return x limited to the range low..high."""
    return max(low, min(x, high))
# tests
assert clamp(5, 0, 3) == 3
assert clamp(-2, 0, 3) == 0
assert clamp(2, 0, 3) == 2
''',
'''
def swap(pair):
    """Return the two elements of pair in the opposite order, as a tuple."""
    a, b = pair
    return b, a
# tests
assert swap((1, 2)) == (2, 1)
assert swap(["x", "y"]) == ("y", "x")
''',
'''
def factorial(n):
    """Return n! for n >= 0."""
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result
# tests
assert factorial(0) == 1
assert factorial(5) == 120
''',
'''
def count_vowels(text):
    """Return how many characters of text are vowels (a, e, i, o, u)."""
    count = 0
    for ch in text.lower():
        if ch in "aeiou":
            count += 1
    return count
# tests
assert count_vowels("Education") == 5
assert count_vowels("xyz") == 0
''',
'''
def sum_of_squares(values):
    """Return the sum of the squares of the values."""
    total = 0
    for v in values:
        total += v * v
    return total
# tests
assert sum_of_squares([1, 2, 3]) == 14
assert sum_of_squares([]) == 0
''',
'''
def find_index(items, target):
    """Return the index of target in items, or -1 if it is not there."""
    for i, item in enumerate(items):
        if item == target:
            return i
    return -1
# tests
assert find_index([4, 5, 6], 6) == 2
assert find_index([4, 5, 6], 9) == -1
''',
'''
def count_words(words):
    """Return a dict mapping each word to how many times it occurs."""
    counts = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    return counts
# tests
assert count_words(["a", "b", "a"]) == {"a": 2, "b": 1}
assert count_words([]) == {}
''',
'''
def fibonacci(n):
    """Return the n-th Fibonacci number, with fibonacci(0) == 0 and fibonacci(1) == 1."""
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
# tests
assert fibonacci(0) == 0
assert fibonacci(1) == 1
assert fibonacci(10) == 55
''',
'''
def is_palindrome(text):
    """Return True if text reads the same backwards, ignoring case."""
    text = text.lower()
    return text == text[::-1]
# tests
assert is_palindrome("Level") is True
assert is_palindrome("tiny") is False
''',
'''
def flatten(lists):
    """Return one list with the elements of all the given lists, in order."""
    result = []
    for items in lists:
        result.extend(items)
    return result
# tests
assert flatten([[1, 2], [], [3]]) == [1, 2, 3]
assert flatten([]) == []
''',
'''
def running_total(values):
    """Return the cumulative sums of the values."""
    out = []
    total = 0
    for v in values:
        total += v
        out.append(total)
    return out
# tests
assert running_total([1, 2, 3]) == [1, 3, 6]
assert running_total([]) == []
''',
'''
def safe_divide(a, b):
    """Return a / b, or None when b is zero."""
    if b == 0:
        return None
    return a / b
# tests
assert safe_divide(6, 3) == 2
assert safe_divide(1, 0) is None
''',
'''
def sign(x):
    """Return -1, 0 or 1 according to the sign of x."""
    if x > 0:
        return 1
    if x < 0:
        return -1
    return 0
# tests
assert sign(5) == 1
assert sign(-2) == -1
assert sign(0) == 0
''',
'''
def invert(mapping):
    """Return a dict with the keys and values of mapping swapped."""
    return {value: key for key, value in mapping.items()}
# tests
assert invert({"a": 1, "b": 2}) == {1: "a", 2: "b"}
assert invert({}) == {}
''',
'''
def pairs(items):
    """Return the list of (index, item) tuples."""
    return list(enumerate(items))
# tests
assert pairs(["a", "b"]) == [(0, "a"), (1, "b")]
''',
'''
def merge(a, b):
    """Return a new dict with the entries of a, updated with those of b."""
    result = dict(a)
    result.update(b)
    return result
# tests
assert merge({"x": 1}, {"y": 2}) == {"x": 1, "y": 2}
assert merge({"x": 1}, {"x": 3}) == {"x": 3}
''',
'''
def chunks(items, size):
    """Split items into lists of at most size elements."""
    return [items[i:i + size] for i in range(0, len(items), size)]
# tests
assert chunks([1, 2, 3, 4, 5], 2) == [[1, 2], [3, 4], [5]]
assert chunks([], 3) == []
''',
'''
def count_lines(text):
    """Return the number of lines in text."""
    return len(text.splitlines())
# tests
assert count_lines("a\\nb\\nc") == 3
assert count_lines("") == 0
''',
'''
def second_largest(values):
    """Return the second largest distinct value."""
    distinct = sorted(set(values))
    return distinct[-2]
# tests
assert second_largest([1, 5, 3, 5]) == 3
assert second_largest([2, 1]) == 1
''',
'''
def capitalize_words(text):
    """Return text with the first letter of every word in upper case."""
    return " ".join(word.capitalize() for word in text.split())
# tests
assert capitalize_words("hello big world") == "Hello Big World"
''',
'''
def digits_sum(n):
    """Return the sum of the decimal digits of a non-negative integer."""
    return sum(int(d) for d in str(n))
# tests
assert digits_sum(1234) == 10
assert digits_sum(0) == 0
''',
'''
def is_sorted(values):
    """Return True if values are in non-decreasing order."""
    return all(a <= b for a, b in zip(values, values[1:]))
# tests
assert is_sorted([1, 2, 2, 5]) is True
assert is_sorted([3, 1]) is False
assert is_sorted([]) is True
''',
'''
def gcd(a, b):
    """Return the greatest common divisor of two positive integers."""
    while b:
        a, b = b, a % b
    return a
# tests
assert gcd(12, 18) == 6
assert gcd(7, 5) == 1
''',
'''
def is_prime(n):
    """Return True if n is a prime number."""
    if n < 2:
        return False
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            return False
    return True
# tests
assert is_prime(2) is True
assert is_prime(15) is False
assert is_prime(29) is True
assert is_prime(1) is False
''',
'''
def celsius_to_fahrenheit(celsius):
    """Convert a temperature from degrees Celsius to degrees Fahrenheit."""
    return celsius * 9 / 5 + 32
# tests
assert celsius_to_fahrenheit(100) == 212
assert celsius_to_fahrenheit(0) == 32
''',
'''
def percent(part, whole):
    """Return part as a percentage of whole."""
    return 100 * part / whole
# tests
assert percent(1, 4) == 25
assert percent(3, 3) == 100
''',
'''
def initials(name):
    """Return the upper-case first letters of the words in name."""
    return "".join(word[0].upper() for word in name.split())
# tests
assert initials("acme corp") == "AC"
assert initials("North Wind Labs") == "NWL"
''',
'''
def remove_duplicates(items):
    """Return items without repeats, keeping the first occurrence of each."""
    seen = set()
    out = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out
# tests
assert remove_duplicates([3, 1, 3, 2, 1]) == [3, 1, 2]
assert remove_duplicates([]) == []
''',
'''
def read_lines(path):
    """Return the lines of the text file at path, without line endings."""
    with open(path) as f:
        return f.read().splitlines()
# tests
with open("sample.txt", "w") as f:
    f.write("one\\ntwo\\n")
assert read_lines("sample.txt") == ["one", "two"]
''',
'''
def parse_pair(text):
    """Split "key=value" into the tuple (key, value)."""
    key, _, value = text.partition("=")
    return key, value
# tests
assert parse_pair("a=1") == ("a", "1")
assert parse_pair("name=x=y") == ("name", "x=y")
''',
]
