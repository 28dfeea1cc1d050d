namespace Parley.Tournaments;

/// <summary>
/// Where a worker's negotiation is: the seat that last got control and the turns and time it saw. Written by the worker
/// thread through <see cref="WatchedAgent"/>, read by the hang watchdog (approximate reads are fine).
/// </summary>
internal sealed class NegotiationWatch
{
    private int _seat = -1;
    private long _turns;
    private double _time;

    public int Seat => Volatile.Read(ref _seat);

    public long Turns => Volatile.Read(ref _turns);

    public double Time => Volatile.Read(ref _time);

    public void Reset()
    {
        _seat = -1;
        _turns = 0;
        _time = 0;
    }

    public void Enter(int seat, long turns, double time)
    {
        _turns = turns;
        _time = time;
        Volatile.Write(ref _seat, seat);
    }
}
