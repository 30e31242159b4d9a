using Sightline.Core.Extraction;
using Sightline.Ecosystems.Gradle.Catalog;
using Sightline.Ecosystems.Gradle.Scripts;

namespace Sightline.Ecosystems.Gradle;

internal sealed partial class GradleBuild
{
    /// <summary>A build script, read once; null when it cannot be read (the error is reported once).</summary>
    public GradleScript? Script(string path)
    {
        if (!_scripts.TryGetValue(path, out var script))
        {
            SafeParse.TryRun(path, _result, () =>
            {
                using var stream = _repository.OpenRead(path);
                script = GradleScriptReader.Read(stream, path);
                _result.BytesRead += script.BytesRead;
            });
            _scripts[path] = script;
        }

        return script;
    }

    public bool Exists(string path) => _repository.Exists(path);

    /// <summary>The gradle.properties of a folder (empty when there is none or it cannot be read).</summary>
    public IReadOnlyDictionary<string, GradleValue> PropertiesAt(string folder)
    {
        if (!_properties.TryGetValue(folder, out var properties))
        {
            properties = new Dictionary<string, GradleValue>(StringComparer.Ordinal);
            var path = Join(folder, "gradle.properties");
            if (_repository.Exists(path))
            {
                SafeParse.TryRun(path, _result, () =>
                {
                    using var stream = _repository.OpenRead(path);
                    properties = GradlePropertiesFile.Read(stream, out var bytes);
                    _result.BytesRead += bytes;
                });
            }

            _properties[folder] = properties;
        }

        return properties;
    }

    /// <summary>The build's catalogs by name: gradle/libs.versions.toml as "libs", plus those settings declares.</summary>
    public IReadOnlyDictionary<string, VersionCatalog> Catalogs => _catalogs ??= LoadCatalogs();

    /// <summary>Why a catalog named in settings (or libs) is not available; empty when it is.</summary>
    public string? CatalogProblem(string name)
    {
        _ = Catalogs;
        return _catalogProblems.GetValueOrDefault(name);
    }

    private Dictionary<string, VersionCatalog> LoadCatalogs()
    {
        var sources = new Dictionary<string, string?>(StringComparer.Ordinal);
        var standard = Join(Root, "gradle/libs.versions.toml");
        if (_repository.Exists(standard))
        {
            sources["libs"] = "gradle/libs.versions.toml";
        }

        foreach (var (name, file) in Settings?.Catalogs ?? [])
        {
            sources[name] = file;
        }

        var catalogs = new Dictionary<string, VersionCatalog>(StringComparer.Ordinal);
        foreach (var (name, file) in sources)
        {
            var path = file is null ? null : GradlePaths.CombineRoot(Root, file);
            if (path is null)
            {
                _catalogProblems[name] = $"version catalog '{name}' comes from a published artifact, which Sightline does not download";
            }
            else if (!_repository.Exists(path))
            {
                _catalogProblems[name] = $"version catalog file {path} is not in the repository";
            }
            else if (!SafeParse.TryRun(path, _result, () =>
            {
                using var stream = _repository.OpenRead(path);
                catalogs[name] = VersionCatalogParser.Parse(stream, name, path);
                _result.BytesRead += stream.CanSeek ? stream.Length : 0;
            }))
            {
                _catalogProblems[name] = $"version catalog {path} could not be read (see its error)";
            }
        }

        return catalogs;
    }
}
