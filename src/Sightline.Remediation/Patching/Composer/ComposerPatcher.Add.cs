using Sightline.Remediation.Patching.Cargo.Common;

namespace Sightline.Remediation.Patching.Composer;

/// <summary>A Pin of an unlisted package: a new last member of require, laid out like its neighbours.</summary>
public sealed partial class ComposerPatcher
{
    private static PatchResult AddRequire(string path, string text, ComposerSection? require, string package, string target)
    {
        if (require is null)
        {
            return PatchResult.Unchanged($"{path}: has no require object to add {package} to");
        }

        var newline = SpanEdits.Newline(text);
        var value = "^" + target;
        var change = $"require {package} {value} (added)";
        if (require.Members.Count > 0)
        {
            var last = require.Members[^1];
            var separator = text[last.NameEnd..last.ValueStart];
            var line = $",{newline}{SpanEdits.Indentation(text, last.NameStart)}\"{package}\"{separator}\"{value}\"";
            return new PatchResult(SpanEdits.Apply(text, [new SpanEdit(last.ValueEnd, last.ValueEnd, line)]), [change]);
        }

        // An empty object: one level deeper than the "require" key, in the file's indentation unit.
        var outer = SpanEdits.Indentation(text, require.KeyStart);
        var inner = outer + (outer.Length > 0 ? outer : "    ");
        var body = $"{newline}{inner}\"{package}\": \"{value}\"{newline}{outer}";
        return new PatchResult(SpanEdits.Apply(text, [new SpanEdit(require.Open + 1, require.Close, body)]), [change]);
    }
}
