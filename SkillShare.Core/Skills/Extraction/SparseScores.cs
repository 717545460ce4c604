namespace SkillShare.Core.Skills.Extraction;

/// <summary>
/// Scores for a few of many items: a dense array plus the list of items touched, so a query
/// clears only what it wrote. Reused across queries, never shared between threads at once.
/// </summary>
internal sealed class SparseScores(int size)
{
    private readonly double[] _values = new double[size];
    private readonly bool[] _touched = new bool[size];
    private readonly List<int> _items = [];

    public IReadOnlyList<int> Items => _items;

    public double this[int item] => _values[item];

    public void Add(int item, double value)
    {
        Touch(item);
        _values[item] += value;
    }

    public void Max(int item, double value)
    {
        Touch(item);
        _values[item] = Math.Max(_values[item], value);
    }

    public void Clear()
    {
        foreach (var item in _items)
        {
            _values[item] = 0;
            _touched[item] = false;
        }

        _items.Clear();
    }

    private void Touch(int item)
    {
        if (_touched[item])
            return;

        _touched[item] = true;
        _items.Add(item);
    }
}
