#include "tui/terminal.hpp"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <poll.h>
#include <stdexcept>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

namespace claimcheck::tui {

namespace {

termios saved_modes;
bool raw_on = false;
int signal_pipe[2] = {-1, -1};
struct sigaction saved_actions[4];
constexpr int caught[4] = {SIGWINCH, SIGINT, SIGTERM, SIGHUP};

constexpr char const* enter_screen = "\033[?1049h\033[?25l\033[H\033[2J";
constexpr char const* leave_screen = "\033[0m\033[?25h\033[?1049l";

void write_all(int fd, char const* s, std::size_t n) {
    while (n > 0) {
        ssize_t w = ::write(fd, s, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return;
        }
        s += w;
        n -= static_cast<std::size_t>(w);
    }
}

void restore_modes() {
    if (!raw_on) return;
    raw_on = false;
    write_all(STDOUT_FILENO, leave_screen, std::char_traits<char>::length(leave_screen));
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_modes);
}

void on_signal(int sig) {
    int saved = errno;
    char c = sig == SIGWINCH ? 'W' : sig == SIGINT ? 'I' : sig == SIGTERM ? 'T' : 'H';
    if (signal_pipe[1] >= 0) (void)!::write(signal_pipe[1], &c, 1);
    errno = saved;
}

// The next byte of stdin within `ms` milliseconds (-1: none).
int next_byte(int ms) {
    pollfd p{STDIN_FILENO, POLLIN, 0};
    if (::poll(&p, 1, ms) <= 0) return -1;
    unsigned char c;
    if (::read(STDIN_FILENO, &c, 1) != 1) return -1;
    return c;
}

key make(key::kind_t k) {
    key out;
    out.kind = k;
    return out;
}

key escape_sequence() {
    int b = next_byte(40);
    if (b < 0) return make(key::escape);
    if (b != '[' && b != 'O') return make(key::escape);  // Alt+key: treated as Esc
    std::string params;
    int final = -1;
    for (int i = 0; i < 16; ++i) {
        int c = next_byte(40);
        if (c < 0) return make(key::none);
        if (c >= 0x40 && c <= 0x7E) {
            final = c;
            break;
        }
        params += static_cast<char>(c);
    }
    switch (final) {
        case 'A': return make(key::up);
        case 'B': return make(key::down);
        case 'C': return make(key::right);
        case 'D': return make(key::left);
        case 'H': return make(key::home);
        case 'F': return make(key::end);
        case '~':
            if (params == "1" || params == "7") return make(key::home);
            if (params == "4" || params == "8") return make(key::end);
            if (params == "3") return make(key::del);
            if (params == "5") return make(key::page_up);
            if (params == "6") return make(key::page_down);
            return make(key::none);
        default: return make(key::none);
    }
}

}  // namespace

bool interactive() { return ::isatty(STDIN_FILENO) == 1 && ::isatty(STDOUT_FILENO) == 1; }

terminal::terminal() {
    if (::isatty(STDIN_FILENO) != 1) throw std::runtime_error("stdin is not a terminal");
    if (::tcgetattr(STDIN_FILENO, &saved_modes) != 0) throw std::runtime_error("cannot read the terminal's modes");
    if (signal_pipe[0] < 0) {
        if (::pipe(signal_pipe) != 0) throw std::runtime_error("cannot make a pipe");
        for (int fd : signal_pipe) {
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
            ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        }
    }
    struct sigaction sa {};
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    for (int i = 0; i < 4; ++i) ::sigaction(caught[i], &sa, &saved_actions[i]);
    static bool hooked = false;
    if (!hooked) {
        std::atexit(restore_modes);
        hooked = true;
    }
    termios raw = saved_modes;
    raw.c_iflag &= ~static_cast<tcflag_t>(BRKINT | ICRNL | INPCK | ISTRIP | IXON);
    raw.c_oflag &= ~static_cast<tcflag_t>(OPOST);
    raw.c_cflag |= CS8;
    raw.c_lflag &= ~static_cast<tcflag_t>(ECHO | ICANON | IEXTEN | ISIG);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    if (::tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw) != 0) throw std::runtime_error("cannot set the terminal's modes");
    raw_on = true;
    write(enter_screen);
}

terminal::~terminal() { restore(); }

void terminal::restore() {
    restore_modes();
    for (int i = 0; i < 4; ++i) ::sigaction(caught[i], &saved_actions[i], nullptr);
}

size terminal::current_size() const {
    size s;
    winsize ws{};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0 && ws.ws_row > 0) {
        s.columns = ws.ws_col;
        s.rows = ws.ws_row;
    }
    return s;
}

bool terminal::write(std::string const& s) {
    char const* p = s.data();
    std::size_t n = s.size();
    while (n > 0) {
        ssize_t w = ::write(STDOUT_FILENO, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        p += w;
        n -= static_cast<std::size_t>(w);
    }
    return true;
}

key terminal::read_key() {
    for (;;) {
        pollfd p[2] = {{signal_pipe[0], POLLIN, 0}, {STDIN_FILENO, POLLIN, 0}};
        if (::poll(p, 2, -1) < 0) {
            if (errno == EINTR) continue;
            return make(key::hangup);
        }
        if (p[0].revents & POLLIN) {
            char c;
            if (::read(signal_pipe[0], &c, 1) == 1) {
                if (c == 'W') return make(key::resize);
                if (c == 'I') return make(key::interrupt);
                if (c == 'T') return make(key::terminate);
                return make(key::hangup);
            }
        }
        if (p[1].revents & (POLLHUP | POLLERR | POLLNVAL) && !(p[1].revents & POLLIN)) return make(key::hangup);
        if (!(p[1].revents & POLLIN)) continue;
        unsigned char b;
        ssize_t r = ::read(STDIN_FILENO, &b, 1);
        if (r == 0) return make(key::hangup);
        if (r < 0) {
            if (errno == EINTR || errno == EAGAIN) continue;
            return make(key::hangup);
        }
        if (b == 0x1B) {
            key k = escape_sequence();
            if (k.kind == key::none) continue;
            return k;
        }
        if (b == '\r' || b == '\n') return make(key::enter);
        if (b == 0x7F || b == 0x08) return make(key::backspace);
        if (b == '\t') return make(key::tab);
        if (b == 0x03) return make(key::interrupt);
        if (b < 0x20) {
            key k = make(key::control);
            k.ctrl = static_cast<char>('a' + b - 1);
            return k;
        }
        key k = make(key::character);
        k.text = static_cast<char>(b);
        std::size_t more = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
        for (std::size_t i = 0; i < more; ++i) {
            int c = next_byte(40);
            if (c < 0) break;
            k.text += static_cast<char>(c);
        }
        if (b >= 0x80 && more == 0) continue;  // a stray continuation byte
        return k;
    }
}

}  // namespace claimcheck::tui
