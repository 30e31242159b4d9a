using Sightline.Core.Model;

namespace Sightline.Ecosystems.Go;

internal sealed partial class GoGraphBuilder
{
    /// <summary>
    /// A module replaced by a folder: a Local node named by the module path (the folder's go.mod must
    /// declare that path), with no version (the code is whatever the folder holds). A folder that is a
    /// workspace module is that module's node.
    /// </summary>
    private int LocalNode(string path, GoReplace replace, string anchor)
    {
        var folder = LocalFolder(anchor, replace.NewPath);
        if (folder is not null && _mainFolders.TryGetValue(folder, out var main))
        {
            return main;
        }

        var node = _graph.AddNode(path, null);
        node.Source = PackageSource.Local;
        node.Resolved = folder is null ? replace.NewPath : Shown(folder);
        node.Location = node.Resolved;
        if (folder is null)
        {
            _graph.AddUnresolved(new UnresolvedDependency(path, replace.NewPath,
                $"replaced by {replace.NewPath}, outside the repository: its own requirements are unknown"));
        }
        else
        {
            _locals.Enqueue((node.Id, folder));
        }

        return node.Id;
    }

    /// <summary>A repository folder as Resolved and Location show it: "." for the root.</summary>
    internal static string Shown(string folder) => folder.Length == 0 ? "." : folder;

    /// <summary>
    /// Edges from each local replacement to what its go.mod requires. Its own replace directives do not
    /// apply (only main modules' do); a local module replaced by another local module is expanded in turn,
    /// once per node, so replace cycles end.
    /// </summary>
    public void ExpandLocals()
    {
        while (_locals.TryDequeue(out var local))
        {
            var node = _graph.Nodes[local.Node];
            var shown = local.Folder.Length == 0 ? "the repository root" : local.Folder;
            switch (_files.LoadModule(local.Folder))
            {
                case null:
                    _graph.AddUnresolved(new UnresolvedDependency(node.Name, node.Resolved,
                        $"replaced by local folder {shown}, which has no go.mod in the repository: its own requirements are unknown"));
                    break;
                case { File: null } broken:
                    _graph.AddUnresolved(new UnresolvedDependency(node.Name, node.Resolved,
                        $"replaced by local folder {shown}, whose go.mod could not be read ({broken.Error}): its own requirements are unknown"));
                    break;
                case { File: { } file }:
                    AddRequirements(local.Node, file, create: !Pruned, markDirect: false);
                    break;
            }
        }
    }
}
