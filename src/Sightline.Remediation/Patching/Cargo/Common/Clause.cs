namespace Sightline.Remediation.Patching.Cargo.Common;

/// <summary>What one comparator of a version requirement means, whatever the ecosystem's spelling.</summary>
internal enum ClauseKind
{
    /// <summary>Exactly this version: "==1.2", "=1.2", a bare Composer/Gemfile version.</summary>
    Exact,

    /// <summary>"&gt;=1.2".</summary>
    AtLeast,

    /// <summary>"&gt;1.2".</summary>
    Greater,

    /// <summary>"^1.2" and Cargo's bare "1.2": same left-most non-zero component.</summary>
    Caret,

    /// <summary>"~=1.2" (PEP 440), "~&gt; 1.2" (RubyGems), "~1.2" (Composer): all but the last component fixed.</summary>
    Pessimistic,

    /// <summary>"~1.2" in Cargo and Poetry: major and minor fixed.</summary>
    Tilde,

    /// <summary>"1.2.*", "==1.*": the prefix fixed.</summary>
    Wildcard,

    /// <summary>"&lt;2".</summary>
    Below,

    /// <summary>"&lt;=2".</summary>
    AtMost,

    /// <summary>"!=1.2" or "!=1.*".</summary>
    NotEqual,

    /// <summary>"*": any version.</summary>
    Any,
}

/// <summary>
/// One comparator with its spans in the manifest text (absolute offsets): [Start, End) is operator and
/// version, [VersionStart, VersionEnd) the version alone, so an edit keeps the operator and its spacing.
/// </summary>
internal readonly record struct Clause(ClauseKind Kind, int Start, int End, int VersionStart, int VersionEnd, string Version)
{
    public bool IsLowerBound => Kind is not (ClauseKind.Below or ClauseKind.AtMost or ClauseKind.NotEqual);
}

/// <summary>How an ecosystem writes a lower bound and where it goes when one must be added.</summary>
/// <param name="LowerBound">Target version to a clause: "&gt;=1.2.3", "\"&gt;= 1.2.3\"".</param>
/// <param name="AppendAt">Absolute offset where an added clause goes (after the last clause or the name).</param>
/// <param name="Separator">Put before an added clause when there are clauses already (",", ", ").</param>
/// <param name="EmptySeparator">Put before an added clause when the requirement is empty.</param>
internal sealed record RangeStyle(Func<string, string> LowerBound, int AppendAt, string Separator, string EmptySeparator);

/// <summary>The edits that raise a requirement to a target, or why it cannot be done; no edits and no problem = already satisfied.</summary>
internal sealed record RangeOutcome(IReadOnlyList<SpanEdit> Edits, string? Problem)
{
    public bool Satisfied => Edits.Count == 0 && Problem is null;
}
