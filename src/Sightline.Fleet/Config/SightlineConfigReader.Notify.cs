using Sightline.Fleet.Yaml;
using Sightline.Fleet.Context;

namespace Sightline.Fleet.Config;

internal sealed partial class SightlineConfigReader
{
    private static readonly string[] Kinds = ["webhook", "slack", "teams", "github", "gitlab", "markdown"];

    private (List<NotifyTargetConfig> Targets, Dictionary<string, string> Teams) Notify(YamlMapping? notify)
    {
        var targets = new List<NotifyTargetConfig>();
        var teams = new Dictionary<string, string>(StringComparer.Ordinal);
        if (notify is null)
        {
            return (targets, teams);
        }

        CheckKeys(notify, "notify.", "targets", "teams");
        var list = notify.Get("targets");
        if (list is YamlSequence sequence)
        {
            foreach (var item in sequence.Items)
            {
                if (Target(item) is { } target)
                {
                    if (targets.Any(t => t.Name == target.Name))
                    {
                        problems.Add(new ContextProblem(path, item.Line, $"notify target {target.Name} is declared twice; the second is ignored"));
                    }
                    else
                    {
                        targets.Add(target);
                    }
                }
            }
        }
        else if (list is not (null or YamlScalar { IsNull: true }))
        {
            problems.Add(new ContextProblem(path, list.Line, "notify.targets must be a list"));
        }

        foreach (var entry in Section(notify, "teams")?.Entries ?? [])
        {
            if (Text(entry.Value, "notify.teams." + entry.Key.Value) is not { } name)
            {
                continue;
            }

            if (targets.Any(t => t.Name == name))
            {
                teams[entry.Key.Value] = name;
            }
            else
            {
                problems.Add(new ContextProblem(path, entry.Value.Line, $"notify.teams.{entry.Key.Value} names no declared target ('{name}'); ignored"));
            }
        }

        return (targets, teams);
    }

    private NotifyTargetConfig? Target(YamlNode item)
    {
        if (item is not YamlMapping target)
        {
            problems.Add(new ContextProblem(path, item.Line, "each notify target must be a mapping with a name and a kind"));
            return null;
        }

        CheckKeys(target, "notify.targets[].", "name", "kind", "url", "url-env", "token-env", "repository", "project", "folder", "api-base");
        var name = Text(target.Get("name"), "notify.targets[].name");
        var kind = Text(target.Get("kind"), "notify.targets[].kind")?.ToLowerInvariant();
        if (name is null || kind is null || !Kinds.Contains(kind))
        {
            problems.Add(new ContextProblem(path, target.Line,
                $"notify target needs a name and a kind ({string.Join(" | ", Kinds)}); ignored"));
            return null;
        }

        var config = new NotifyTargetConfig(name, kind, Url(target, kind), EnvName(target, "url-env"), EnvName(target, "token-env"),
            Text(target.Get("repository"), "repository"), Text(target.Get("project"), "project"), Text(target.Get("folder"), "folder"),
            Text(target.Get("api-base"), "api-base"));
        var missing = kind switch
        {
            "webhook" when config.Url is null && config.UrlEnv is null => "url or url-env",
            "slack" or "teams" when config.UrlEnv is null => "url-env",
            "github" when config.Repository is null => "repository (owner/name)",
            "gitlab" when config.Project is null => "project",
            "markdown" when config.Folder is null => "folder",
            _ => null,
        };
        if (missing is not null)
        {
            problems.Add(new ContextProblem(path, target.Line, $"notify target {name} ({kind}) needs {missing}"));
        }

        return config;
    }

    /// <summary>
    /// A literal URL, only where it is not a secret: Slack and Teams webhook URLs are credentials, and so is
    /// any URL with user:password or a token-like query parameter. Refused ones are dropped, not kept.
    /// </summary>
    private string? Url(YamlMapping target, string kind)
    {
        var node = target.Get("url");
        if (Text(node, "url") is not { } url)
        {
            return null;
        }

        string? refusal = null;
        if (kind is "slack" or "teams")
        {
            refusal = $"a {kind} webhook URL is a secret: put it in an environment variable and name that with url-env";
        }
        else if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            refusal = "url must be an absolute http(s) URL";
        }
        else if (uri.UserInfo.Length > 0 || LooksSecret(uri.Query))
        {
            refusal = "url appears to carry a credential; put it in an environment variable and name that with url-env";
        }

        if (refusal is null)
        {
            return url;
        }

        problems.Add(new ContextProblem(path, node!.Line, refusal + "; url ignored"));
        return null;
    }

    private static bool LooksSecret(string query) =>
        ((string[])["token", "key", "secret", "sig", "password", "auth"]).Any(word => query.Contains(word, StringComparison.OrdinalIgnoreCase));

    private string? EnvName(YamlMapping target, string key)
    {
        var node = target.Get(key);
        if (Text(node, key) is not { } name)
        {
            return null;
        }

        if ((char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            return name;
        }

        problems.Add(new ContextProblem(path, node!.Line, $"{key} must name an environment variable (letters, digits, _), not '{Redact(name)}'; ignored"));
        return null;
    }

    /// <summary>Never echo a long value back: it may be a pasted secret.</summary>
    private static string Redact(string value) => value.Length <= 12 ? value : value[..4] + "...";
}
