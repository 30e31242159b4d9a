namespace Sightline.Analysis.Python.Walk;

/// <summary>Python's reserved words and the builtins that resolve to "builtins.name".</summary>
internal static class Keywords
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    };

    private static readonly HashSet<string> Builtins = new(StringComparer.Ordinal)
    {
        "abs", "all", "any", "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes", "callable", "chr", "classmethod",
        "compile", "complex", "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec", "filter", "float", "format",
        "frozenset", "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input", "int", "isinstance",
        "issubclass", "iter", "len", "list", "locals", "map", "max", "memoryview", "min", "next", "object", "oct", "open",
        "ord", "pow", "print", "property", "range", "repr", "reversed", "round", "set", "setattr", "slice", "sorted",
        "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip", "__import__",
        "Exception", "ValueError", "TypeError", "KeyError", "RuntimeError", "NotImplementedError", "OSError",
        "AttributeError", "IndexError", "StopIteration", "SystemExit", "IOError", "LookupError", "PermissionError",
        "FileNotFoundError", "AssertionError", "ImportError", "ArithmeticError", "ZeroDivisionError",
    };

    public static bool IsReserved(string name) => Reserved.Contains(name);

    public static bool IsBuiltin(string name) => Builtins.Contains(name);
}
