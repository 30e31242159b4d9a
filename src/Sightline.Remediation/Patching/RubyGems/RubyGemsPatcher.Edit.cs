using Sightline.Core.Model;
using Sightline.Remediation.Patching.Cargo.Common;
using Sightline.Versioning;

namespace Sightline.Remediation.Patching.RubyGems;

/// <summary>Requirement edits: in the gem call's own strings, or in the string a variable is assigned.</summary>
public sealed partial class RubyGemsPatcher
{
    private static readonly string[] Operators = ["~>", ">=", "<=", "!=", ">", "<", "="];

    private static (string? Problem, IReadOnlyList<string> Changes) EditGem(string path, string text, GemDeclaration gem, string target, List<SpanEdit> edits)
    {
        if (gem.Requirements.Any(r => !r.Literal))
        {
            return ($"{path}: gem \"{gem.Name.Value}\" has a requirement with escapes or interpolation", []);
        }

        var quote = text[gem.Name.Start];
        var appendAt = gem.Requirements.Count > 0 ? gem.Requirements[^1].End : gem.Name.End;
        var style = new RangeStyle(t => $"{quote}>= {t}{quote}", appendAt, ", ", ", ");
        var outcome = RangePlan.Plan([.. gem.Requirements.Select(Clause)], target, VersionSchemes.For(Ecosystem.RubyGems)!, style);
        if (outcome.Problem is not null)
        {
            return ($"{path}: gem \"{gem.Name.Value}\" {Joined(text, gem.Requirements)}: {outcome.Problem}", []);
        }

        if (outcome.Satisfied)
        {
            return (null, []);
        }

        edits.AddRange(outcome.Edits);
        var after = SpanEdits.Apply(text, outcome.Edits);
        var now = SpanEdits.Rewritten(after, outcome.Edits, gem.Name.Start, appendAt);
        return (null, [$"gem {text[gem.Name.Start..appendAt]} -> gem {now}"]);
    }

    private static (string? Problem, IReadOnlyList<string> Changes) EditAssignment(string path, string text, string name, GemToken value, string target, List<SpanEdit> edits)
    {
        if (edits.Any(e => e.Start >= value.Start && e.End <= value.End))
        {
            return (null, []);
        }

        if (!value.Literal)
        {
            return ($"{path}: {name} is written with escapes or interpolation", []);
        }

        // One string holds one requirement: an added lower bound has nowhere to go, so a narrowing rewrite is refused.
        var quote = text[value.Start];
        var style = new RangeStyle(t => $"{quote}>= {t}{quote}", value.End, "", "");
        var outcome = RangePlan.Plan([Clause(value)], target, VersionSchemes.For(Ecosystem.RubyGems)!, style);
        if (outcome.Problem is null && outcome.Edits.Any(e => e.Start == value.End))
        {
            outcome = new RangeOutcome([], $"\"{value.Value}\" would need a second requirement (\">= {target}\"); edit the gem call by hand");
        }

        if (outcome.Problem is not null)
        {
            return ($"{path}: {name} = \"{value.Value}\": {outcome.Problem}", []);
        }

        edits.AddRange(outcome.Edits);
        var after = SpanEdits.Apply(text, outcome.Edits);
        return (null, outcome.Satisfied ? [] : [$"{name} = {text[value.Start..value.End]} -> {SpanEdits.Rewritten(after, outcome.Edits, value.Start, value.End)}"]);
    }

    private static string Joined(string text, IReadOnlyList<GemToken> requirements) =>
        string.Join(", ", requirements.Select(r => text[r.Start..r.End]));

    // "~> 2.2", ">= 1.0", "= 2.2.6", "2.2.6": the clause is the whole string, the version inside its quotes.
    private static Clause Clause(GemToken token)
    {
        var start = token.Start + 1;
        var end = token.End - 1;
        var content = token.Value.TrimStart();
        var lead = token.Value.Length - content.Length;
        var op = Operators.FirstOrDefault(o => content.StartsWith(o, StringComparison.Ordinal)) ?? "";
        var versionStart = start + lead + op.Length;
        while (versionStart < end && char.IsWhiteSpace(token.Value[versionStart - start]))
        {
            versionStart++;
        }

        var versionEnd = end;
        while (versionEnd > versionStart && char.IsWhiteSpace(token.Value[versionEnd - 1 - start]))
        {
            versionEnd--;
        }

        var version = token.Value[(versionStart - start)..(versionEnd - start)];
        var kind = op switch
        {
            "~>" => ClauseKind.Pessimistic, ">=" => ClauseKind.AtLeast, "<=" => ClauseKind.AtMost, "!=" => ClauseKind.NotEqual,
            ">" => ClauseKind.Greater, "<" => ClauseKind.Below, _ => ClauseKind.Exact,
        };
        return new Clause(kind, token.Start, token.End, versionStart, versionEnd, version);
    }
}
