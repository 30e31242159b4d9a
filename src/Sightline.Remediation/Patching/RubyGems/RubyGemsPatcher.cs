using Sightline.Core.Model;
using Sightline.Remediation.Patching.Cargo.Common;

namespace Sightline.Remediation.Patching.RubyGems;

/// <summary>
/// Gemfile / gems.rb: the requirement strings of a <c>gem</c> call, edited inside their quotes; a pessimistic
/// "~&gt; 2.2" keeps its upper bound and gains a "&gt;= 2.2.6" argument. A requirement held in a variable is
/// edited where the Gemfile assigns it, else named as <see cref="PatchResult.Property"/>. Bundler pins
/// transitive gems only in Gemfile.lock, so a Pin of an unlisted gem is a conservative lockfile update.
/// </summary>
public sealed partial class RubyGemsPatcher : IManifestPatcher
{
    private static readonly string[] Sources = ["git", "github", "gitlab", "bitbucket", "path"];

    public string Id => "rubygems";

    public Ecosystem Ecosystem => Ecosystem.RubyGems;

    public bool Handles(string path) => FileName(path) is "Gemfile" or "gems.rb";

    public PatchResult Patch(string path, string text, PatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(request);
        if (!TryParse(path, text, out var gemfile, out var problem))
        {
            return PatchResult.Unchanged(problem);
        }

        var declared = gemfile.Gems.Where(g => g.Name.Value == request.Package).ToList();
        if (declared.Count == 0)
        {
            return request.Kind == PatchKind.Pin
                ? new PatchResult(null, [$"lockfile update: bundle lock --update {request.Package} --conservative"])
                : PatchResult.Unchanged($"{path}: no gem \"{request.Package}\" is declared");
        }

        var edits = new List<SpanEdit>();
        var changes = new List<string>();
        foreach (var gem in declared)
        {
            var source = Sources.FirstOrDefault(gem.Options.Contains);
            if (source is not null)
            {
                return PatchResult.Unchanged($"{path}: gem \"{gem.Name.Value}\" comes from {source}:, not a gem server");
            }

            var variable = gem.Requirements.FirstOrDefault(r => r.Kind == GemTokenKind.Word);
            if (variable.Value is { } name && !gemfile.Assignments.ContainsKey(name))
            {
                return new PatchResult(null, [], $"{path}: gem \"{gem.Name.Value}\" takes its requirement from {name}, which this file does not assign", name);
            }

            var outcome = variable.Value is { } assigned
                ? EditAssignment(path, text, assigned, gemfile.Assignments[assigned], request.TargetVersion, edits)
                : EditGem(path, text, gem, request.TargetVersion, edits);
            if (outcome.Problem is not null)
            {
                return PatchResult.Unchanged(outcome.Problem);
            }

            changes.AddRange(outcome.Changes);
        }

        return edits.Count == 0 ? new PatchResult(null, []) : new PatchResult(SpanEdits.Apply(text, edits), changes);
    }

    public PatchResult PatchProperty(string path, string text, string property, string value)
    {
        ArgumentNullException.ThrowIfNull(property);
        if (!TryParse(path, text, out var gemfile, out var problem))
        {
            return PatchResult.Unchanged(problem);
        }

        if (!gemfile.Assignments.TryGetValue(property, out var token))
        {
            return PatchResult.Unchanged($"{path}: does not assign {property} = \"...\"");
        }

        var edits = new List<SpanEdit>();
        var outcome = EditAssignment(path, text, property, token, value, edits);
        return outcome.Problem is not null ? PatchResult.Unchanged(outcome.Problem)
            : edits.Count == 0 ? new PatchResult(null, [])
            : new PatchResult(SpanEdits.Apply(text, edits), outcome.Changes);
    }

    /// <summary><c>bundle lock</c> with a Gemfile.lock (gems.locked) beside: it re-resolves only the gems whose requirements changed.</summary>
    public IReadOnlyList<string>? LockfileCommand(string path, IReadOnlyCollection<string> repositoryFiles)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(repositoryFiles);
        var name = FileName(path);
        var lockfile = path[..^name.Length] + (name == "gems.rb" ? "gems.locked" : "Gemfile.lock");
        return repositoryFiles.Contains(lockfile) ? ["bundle", "lock"] : null;
    }

    private static bool TryParse(string path, string text, out Gemfile gemfile, out string problem)
    {
        try
        {
            gemfile = Gemfile.Parse(text);
            problem = "";
            return true;
        }
        catch (FormatException e)
        {
            gemfile = null!;
            problem = $"{path}: not a Gemfile this patcher can read: {e.Message}";
            return false;
        }
    }

    private static string FileName(string path) => path is null ? "" : path[(path.LastIndexOf('/') + 1)..];
}
