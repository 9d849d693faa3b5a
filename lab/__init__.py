"""The decision lab: benchmark runs as artifacts (`tinylab bench run|compare|history`) and the four
experiments (`tinylab lab context|quant|batching|finetune|all`)."""
