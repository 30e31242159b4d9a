using Sightline.Fleet.Config;
using Sightline.Notify;

namespace Sightline.Engine.Notifications;

/// <summary>
/// Decides where each team's notice goes: one target for everyone when asked, else sightline.yaml's
/// <c>notify.teams</c> (a team, or <c>"*"</c> for the rest). Secrets are read from the environment
/// variables the configuration names, and an unset one is an error naming the variable, never a value.
/// </summary>
public sealed class NotificationRouter
{
    private readonly Dictionary<string, NotifyTargetConfig> _targets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _teams = new(StringComparer.Ordinal);
    private readonly Func<string, string?> _environment;
    private readonly NotifyTargetConfig? _everyone;

    /// <param name="configs">Configurations, later ones overriding earlier ones target by target and team by team.</param>
    /// <param name="everyone">A target for every team (the command line's), or null to route by configuration.</param>
    public NotificationRouter(IEnumerable<SightlineConfig> configs, NotifyTargetConfig? everyone, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(configs);
        foreach (var config in configs)
        {
            foreach (var target in config.NotifyTargets)
            {
                _targets[target.Name] = target;
            }

            foreach (var (team, target) in config.TeamTargets)
            {
                _teams[team == "*" ? "*" : Context.TeamNames.Key(team)] = target;
            }
        }

        _everyone = everyone;
        _environment = environment;
    }

    public IReadOnlyCollection<string> TargetNames => _targets.Keys;

    /// <summary>Forces every team to one configured target.</summary>
    public NotificationRouter Only(string name) => _targets.TryGetValue(name, out var target)
        ? new NotificationRouter([], target, _environment)
        : throw new InvalidOperationException($"no notify target named '{name}' (configured: {(_targets.Count == 0 ? "none" : string.Join(", ", _targets.Keys.Order(StringComparer.Ordinal)))})");

    /// <summary>The target for a team, or null with the reason when there is none or it cannot be used.</summary>
    public (NotificationTarget? Target, string? Problem) For(string team)
    {
        var config = _everyone;
        if (config is null)
        {
            if (!_teams.TryGetValue(team, out var name) && !_teams.TryGetValue("*", out name))
            {
                return (null, $"no target for team '{team}': route it in sightline.yaml (notify.teams) or pass --via / --target");
            }

            if (!_targets.TryGetValue(name, out config))
            {
                return (null, $"team '{team}' is routed to '{name}', which is not a configured notify target");
            }
        }

        return Build(config);
    }

    private (NotificationTarget?, string?) Build(NotifyTargetConfig config)
    {
        if (!Formats.TryGetValue(config.Kind, out var format))
        {
            return (null, $"target '{config.Name}': unknown kind '{config.Kind}' (webhook, slack, teams, github, gitlab, markdown)");
        }

        if (format == NoticeFormat.Markdown)
        {
            return config.Folder is { Length: > 0 } folder ? (new NotificationTarget(config.Name, format, folder: folder), null) : (null, $"target '{config.Name}': a markdown target needs a folder");
        }

        string? token = null;
        if (config.TokenEnv is { } tokenVariable && (token = _environment(tokenVariable)) is not { Length: > 0 })
        {
            return (null, $"target '{config.Name}': environment variable {tokenVariable} (its token) is not set");
        }

        if (token is null && format is NoticeFormat.GitHubIssue or NoticeFormat.GitLabIssue)
        {
            return (null, $"target '{config.Name}': an issue target needs token-env (an environment variable holding the token)");
        }

        var endpoint = format switch
        {
            NoticeFormat.GitHubIssue when config.Repository is { } repository => $"{(config.ApiBase ?? "https://api.github.com").TrimEnd('/')}/repos/{repository}/issues",
            NoticeFormat.GitLabIssue when config.Project is { } project => $"{(config.ApiBase ?? "https://gitlab.com").TrimEnd('/')}/api/v4/projects/{Uri.EscapeDataString(project)}/issues",
            NoticeFormat.GitHubIssue or NoticeFormat.GitLabIssue => null,
            _ => config.UrlEnv is { } urlVariable ? _environment(urlVariable) : config.Url,
        };
        if (endpoint is not { Length: > 0 })
        {
            return (null, format switch
            {
                NoticeFormat.GitHubIssue => $"target '{config.Name}': a github target needs repository: owner/name",
                NoticeFormat.GitLabIssue => $"target '{config.Name}': a gitlab target needs project: id or group/name",
                _ when config.UrlEnv is { } variable => $"target '{config.Name}': environment variable {variable} (its webhook URL) is not set",
                _ => $"target '{config.Name}': needs url-env (an environment variable holding the webhook URL)",
            });
        }

        // The message deliberately leaves the URL out: webhook URLs are credentials.
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return (null, $"target '{config.Name}': its endpoint is not an http(s) URL");
        }

        try
        {
            return (new NotificationTarget(config.Name, format, uri, token), null);
        }
        catch (ArgumentException ex)
        {
            // The target's own checks (a token with control characters...) name the parameter, never its value.
            return (null, $"target '{config.Name}': {ex.Message}");
        }
    }

    public static readonly IReadOnlyDictionary<string, NoticeFormat> Formats = new Dictionary<string, NoticeFormat>(StringComparer.OrdinalIgnoreCase)
    {
        ["webhook"] = NoticeFormat.Json,
        ["json"] = NoticeFormat.Json,
        ["slack"] = NoticeFormat.Slack,
        ["teams"] = NoticeFormat.Teams,
        ["github"] = NoticeFormat.GitHubIssue,
        ["gitlab"] = NoticeFormat.GitLabIssue,
        ["markdown"] = NoticeFormat.Markdown,
    };
}
