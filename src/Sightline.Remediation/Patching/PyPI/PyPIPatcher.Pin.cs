using Sightline.Remediation.Patching.Cargo.Common;

namespace Sightline.Remediation.Patching.PyPI;

/// <summary>Pins of an undeclared distribution: a requirement line, a uv constraint, or a Poetry / Pipfile entry.</summary>
public sealed partial class PyPIPatcher
{
    private static PatchResult PinRequirement(string path, string text, bool hashed, PatchRequest request)
    {
        if (hashed)
        {
            return PatchResult.Unchanged($"{path}: uses --hash, so a new {request.Package} line needs hashes too: regenerate it with pip-compile");
        }

        var line = $"{request.Package}=={request.TargetVersion}";
        return new PatchResult(SpanEdits.Apply(text, [SpanEdits.AppendLine(text, line)]), [$"requirements {line} (added)"]);
    }

    private static PatchResult PinToml(string path, string text, TomlDocument document, bool pipfile, PatchRequest request)
    {
        var constraint = $">={request.TargetVersion}";
        var uv = pipfile ? null : document.FindTable(["tool", "uv"]);
        if (uv is not null)
        {
            var item = $"\"{request.Package}{constraint}\"";
            var change = $"[tool.uv] constraint-dependencies {request.Package}{constraint} (added)";
            var list = document.Entries.FirstOrDefault(e => e.Path.SequenceEqual(["tool", "uv", "constraint-dependencies"]) && e.Value.Kind == TomlValueKind.Array);
            var edits = list is not null
                ? AppendItem(text, list.Value, item)
                : [Line(text, document.InsertionPoint(uv), $"constraint-dependencies = [{item}]")];
            return new PatchResult(SpanEdits.Apply(text, edits), [change]);
        }

        string[] tablePath = pipfile ? ["packages"] : ["tool", "poetry", "dependencies"];
        if (document.FindTable(tablePath) is not { } table)
        {
            return PatchResult.Unchanged(pipfile
                ? $"{path}: has no [packages] table to pin {request.Package} in"
                : $"{path}: {request.Package} is not declared, and without [tool.uv] or [tool.poetry.dependencies] there is no place to pin it: use a constraints file");
        }

        var entry = Line(text, document.InsertionPoint(table), $"{request.Package} = \"{constraint}\"");
        return new PatchResult(SpanEdits.Apply(text, [entry]), [$"[{string.Join('.', tablePath)}] {request.Package} {constraint} (added)"]);
    }

    // A whole line at a line start; at the end of a file without a final newline, one is added first.
    private static SpanEdit Line(string text, int at, string line)
    {
        var newline = SpanEdits.Newline(text);
        var prefix = at > 0 && text[at - 1] != '\n' ? newline : "";
        return new SpanEdit(at, at, prefix + line + newline);
    }

    // A new last item, laid out like the list: on its own line when the list is one item per line.
    private static List<SpanEdit> AppendItem(string text, TomlValue list, string item)
    {
        var close = list.End - 1;
        if (list.Items.Count == 0)
        {
            return [new SpanEdit(close, close, item)];
        }

        var last = list.Items[^1];
        var lastLineEnd = SpanEdits.LineEnd(text, last.End);
        if (lastLineEnd > close)
        {
            return [new SpanEdit(last.End, last.End, ", " + item)];
        }

        var trailingComma = text[last.End..close].TrimStart().StartsWith(',');
        var added = new SpanEdit(lastLineEnd, lastLineEnd, $"{SpanEdits.Indentation(text, last.Start)}{item}{(trailingComma ? "," : "")}{SpanEdits.Newline(text)}");
        return trailingComma ? [added] : [new SpanEdit(last.End, last.End, ","), added];
    }
}
