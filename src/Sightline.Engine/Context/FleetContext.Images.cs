using Sightline.Fleet.Deployments;

namespace Sightline.Engine.Context;

public sealed partial class FleetContext
{
    private Dictionary<string, string>? _imageIndex;
    private Dictionary<string, string>? _slugIndex;
    private Dictionary<string, string>? _nameIndex;

    /// <summary>
    /// The repository that builds an image: sightline.yaml's mapping first, then the image's path equal to
    /// a repository's slug (catalog annotation or Dockerfile <c>org.opencontainers.image.source</c>), then
    /// its name equal to a Dockerfile's <c>org.opencontainers.image.title</c>, a repository or a catalog
    /// component. Null when nothing says.
    /// </summary>
    public string? RepositoryForImage(ImageReference image)
    {
        ArgumentNullException.ThrowIfNull(image);
        BuildIndexes();
        foreach (var key in new[] { image.Location, image.Repository, image.Name })
        {
            if (_imageIndex!.TryGetValue(key, out var configured))
            {
                return configured;
            }
        }

        return _slugIndex!.GetValueOrDefault(image.Repository) ?? _nameIndex!.GetValueOrDefault(image.Name);
    }

    private void BuildIndexes()
    {
        if (_imageIndex is not null)
        {
            return;
        }

        _imageIndex = new(StringComparer.OrdinalIgnoreCase);
        _slugIndex = new(StringComparer.OrdinalIgnoreCase);
        _nameIndex = new(StringComparer.OrdinalIgnoreCase);
        foreach (var repository in _repositories.Values.OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            foreach (var (image, target) in repository.Config?.Images ?? new Dictionary<string, string>())
            {
                MapConfigured(repository.Name, image, target);
            }

            foreach (var service in repository.Config?.Services ?? [])
            {
                foreach (var image in service.Images)
                {
                    MapConfigured(repository.Name, image, service.Repository ?? repository.Name);
                }
            }

            foreach (var entity in repository.Entities)
            {
                foreach (var key in SlugAnnotations)
                {
                    if (entity.Annotations.TryGetValue(key, out var slug))
                    {
                        _slugIndex.TryAdd(slug.Trim('/'), repository.Name);
                    }
                }

                if (entity.Kind == "Component")
                {
                    _nameIndex.TryAdd(entity.Name, repository.Name);
                }
            }

            foreach (var dockerfile in repository.Dockerfiles)
            {
                if (SlugOf(dockerfile.Source) is { } slug)
                {
                    _slugIndex.TryAdd(slug, repository.Name);
                }

                if (dockerfile.Labels.TryGetValue("org.opencontainers.image.title", out var title))
                {
                    _nameIndex.TryAdd(title, repository.Name);
                }
            }
        }

        // A repository's own name wins over a component or image title elsewhere that happens to match.
        foreach (var name in _repositories.Keys)
        {
            _nameIndex[name] = name;
        }
    }

    private void MapConfigured(string holder, string image, string target)
    {
        if (!_repositories.ContainsKey(target))
        {
            _notes.Add(new ContextNote(holder, "sightline.yaml", $"image '{image}' is mapped to '{target}', which is not an indexed repository"));
            return;
        }

        var key = ImageReference.TryParse(image, out var parsed) && parsed is not null ? parsed.Location : image;
        _imageIndex![key] = target;
    }

    /// <summary>"https://github.com/acme/x.git" or "git@github.com:acme/x" → "acme/x".</summary>
    internal static string? SlugOf(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var text = url.Trim();
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "ssh" or "git")
        {
            text = uri.AbsolutePath;
        }
        else if (text.IndexOf(':', StringComparison.Ordinal) is var colon and > 0)
        {
            text = text[(colon + 1)..];
        }

        text = text.Trim('/');
        if (text.EndsWith(".git", StringComparison.OrdinalIgnoreCase))
        {
            text = text[..^4];
        }

        return text.Contains('/', StringComparison.Ordinal) ? text : null;
    }
}
