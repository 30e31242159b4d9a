namespace Sightline.Engine.Context;

/// <summary>
/// Makes owners written differently comparable: <c>@acme/team-payments</c> (CODEOWNERS),
/// <c>team-payments</c> or <c>group:default/team-payments</c> (Backstage) are the same team.
/// </summary>
public static class TeamNames
{
    public static string Key(string owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var name = owner.Trim();
        if (name.Contains('@', StringComparison.Ordinal) && !name.StartsWith('@'))
        {
            return name.ToLowerInvariant();
        }

        name = name.TrimStart('@');
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            name = name[(colon + 1)..];
        }

        var slash = name.LastIndexOf('/');
        return (slash >= 0 ? name[(slash + 1)..] : name).ToLowerInvariant();
    }

    /// <summary>Whether an environment name is production: equal to one of the names, or one of its dash-separated words is.</summary>
    public static bool IsProduction(string environment, IReadOnlyCollection<string> productionNames)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(productionNames);
        return productionNames.Contains(environment, StringComparer.OrdinalIgnoreCase)
            || environment.Split(['-', '_', '.'], StringSplitOptions.RemoveEmptyEntries).Any(w => productionNames.Contains(w, StringComparer.OrdinalIgnoreCase));
    }
}
