"""The scorer: rubrics that grade a model's output (pure logic) and the evaluation suites they use."""
