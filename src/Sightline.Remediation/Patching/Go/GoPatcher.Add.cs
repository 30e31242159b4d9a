using Sightline.Remediation.Patching.Cargo.Common;

namespace Sightline.Remediation.Patching.Go;

/// <summary>Adding a require for a Pin: in the last require block, at its sorted place, as go mod tidy would.</summary>
public sealed partial class GoPatcher
{
    private static PatchResult AddRequire(string text, GoModFile file, string module, string target)
    {
        var newline = SpanEdits.Newline(text);
        var change = $"require {module} {target} // indirect (added)";
        var block = file.Blocks.LastOrDefault(b => b.Verb == "require");
        if (block is not null)
        {
            var entries = file.Directives.Where(d => d.InBlock && d.Verb == "require" && d.LineStart > block.OpenLineStart && d.LineStart < block.CloseLineStart).ToList();
            var next = entries.FirstOrDefault(d => string.CompareOrdinal(d.Arguments[0].Value, module) > 0);
            var at = next?.LineStart ?? block.CloseLineStart;
            var indent = entries.Count > 0 ? SpanEdits.Indentation(text, entries[0].LineStart) : "\t";
            var line = $"{indent}{module} {target} // indirect{newline}";
            return new PatchResult(SpanEdits.Apply(text, [new SpanEdit(at, at, line)]), [change]);
        }

        var single = file.Directives.LastOrDefault(d => d.Verb == "require" && !d.InBlock);
        var edit = single is not null && single.LineEnd <= text.Length && text[single.LineEnd - 1] == '\n'
            ? new SpanEdit(single.LineEnd, single.LineEnd, $"require {module} {target} // indirect{newline}")
            : SpanEdits.AppendLine(text, $"{(text.Length == 0 ? "" : newline)}require {module} {target} // indirect");
        return new PatchResult(SpanEdits.Apply(text, [edit]), [change]);
    }
}
