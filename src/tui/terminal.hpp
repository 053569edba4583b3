// The terminal for the interactive review session: raw mode (termios), the alternate screen,
// keys (with the usual ANSI/VT escape sequences for arrows and paging), and signals.
//
// SIGWINCH, SIGINT, SIGTERM and SIGHUP are caught and turned into keys through a self-pipe, so
// the session's loop sees them between two decisions and leaves cleanly: the destructor (and an
// atexit hook, for any other way out) restores the terminal's modes, the main screen and the
// cursor. Ctrl-C reaches the session as a key too (ISIG is off in raw mode).
#pragma once

#include <string>

namespace claimcheck::tui {

struct key {
    enum kind_t {
        none,
        character,  // text: one UTF-8 character (printable)
        enter,
        escape,
        backspace,
        del,
        tab,
        up,
        down,
        left,
        right,
        home,
        end,
        page_up,
        page_down,
        control,    // ctrl: the letter ('a' for Ctrl-A); Ctrl-C comes as interrupt
        resize,
        interrupt,  // Ctrl-C or SIGINT
        terminate,  // SIGTERM
        hangup,     // SIGHUP, or the terminal closed
    } kind = none;
    std::string text;
    char ctrl = 0;
};

struct size {
    int columns = 80;
    int rows = 24;
};

// Whether stdin and stdout are both terminals.
bool interactive();

class terminal {
public:
    // Raw mode, the alternate screen, the cursor hidden, the signal handlers. Throws
    // std::runtime_error when stdin is not a terminal.
    terminal();
    ~terminal();
    terminal(terminal const&) = delete;
    terminal& operator=(terminal const&) = delete;

    // Back to the modes found at the start (idempotent).
    void restore();
    size current_size() const;
    // Blocks until a key, a resize or a signal.
    key read_key();
    // Writes everything (retrying short writes); false when the terminal is gone.
    bool write(std::string const& s);
};

}  // namespace claimcheck::tui
