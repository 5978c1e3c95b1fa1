/*
 * Concordat's few behaviours, GOV.UK style, each an enhancement (the pages work without it):
 * - focus on load: the error summary, else a route answer (data-focus-on-load), else the field a "Change" link names;
 * - an error summary's link focuses its field (the first input of a group of radios, checkboxes or a date);
 * - conditional reveal: a follow-up question (data-reveal-name, data-reveal-value) shows only while its radio is chosen;
 * - kept edits: what an editor's form (data-keep-edits) sent is kept in this tab until a signed-in page answers it; when
 *   the sign-in page answers instead (the session had ended), it is put back once the same person is signed in again.
 * No inline script: the Content-Security-Policy allows only this file and PrimeFaces' nonce-tagged blocks.
 */
(function () {
    'use strict';

    function firstInput(element) {
        if (!element) {
            return null;
        }
        if (/^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(element.tagName)) {
            return element;
        }
        return element.querySelector('input:not([type=hidden]), select, textarea') || element;
    }

    function focusField(id) {
        var target = firstInput(document.getElementById(id));
        if (!target) {
            return false;
        }
        var group = target.closest('fieldset') || target.closest('.field') || target;
        group.scrollIntoView();
        target.focus({preventScroll: true});
        return true;
    }

    function conditionalReveals() {
        document.querySelectorAll('[data-reveal-name]').forEach(function (panel) {
            var radios = Array.prototype.slice.call(document.getElementsByName(panel.getAttribute('data-reveal-name')));
            var owner = radios.filter(function (r) { return r.value === panel.getAttribute('data-reveal-value'); })[0];
            if (!owner) {
                return;
            }
            var item = owner.closest('li');
            if (item) {
                item.appendChild(panel);
            }
            owner.setAttribute('aria-controls', panel.id);
            var sync = function () {
                panel.hidden = !owner.checked;
            };
            radios.forEach(function (r) { r.addEventListener('change', sync); });
            sync();
        });
    }

    function errorSummaryLinks() {
        document.querySelectorAll('.error-summary a[data-field]').forEach(function (link) {
            link.addEventListener('click', function (event) {
                if (focusField(link.getAttribute('data-field'))) {
                    event.preventDefault();
                }
            });
        });
    }

    function focusOnLoad() {
        var first = document.querySelector('[data-focus-on-load]');
        if (first) {
            first.focus();
            return;
        }
        if (location.hash.length > 1) {
            focusField(decodeURIComponent(location.hash.substring(1)));
        }
    }

    // Kept edits (issue 23 part 3: nothing lost when a session expires mid-edit). The tab's sessionStorage only: it
    // ends with the tab, is cleared on signing out, and never holds a password or JSF's view state.
    var KEPT = 'concordat.keptEdits';

    function readKept() {
        try {
            return JSON.parse(sessionStorage.getItem(KEPT));
        } catch (e) {
            return null;
        }
    }

    function keepOnSubmit() {
        document.querySelectorAll('form[data-keep-edits]').forEach(function (form) {
            form.addEventListener('submit', function () {
                var fields = [];
                Array.prototype.forEach.call(form.elements, function (el) {
                    if (!el.name || el.disabled || /^(hidden|password|submit|button|file)$/.test(el.type)) {
                        return;
                    }
                    if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) {
                        return;
                    }
                    fields.push({name: el.name, value: el.value, checked: el.type === 'checkbox' || el.type === 'radio'});
                });
                try {
                    var heading = document.querySelector('main h1');
                    sessionStorage.setItem(KEPT, JSON.stringify({user: document.body.getAttribute('data-user'),
                        page: location.pathname + location.search, title: heading ? heading.textContent.trim() : document.title,
                        form: form.id, fields: fields}));
                } catch (e) {
                    // Storage full or refused: the form is sent all the same.
                }
            });
        });
    }

    function restore(kept) {
        var form = document.getElementById(kept.form);
        if (!form) {
            return false;
        }
        form.querySelectorAll('input[type=checkbox], input[type=radio]').forEach(function (el) {
            if (kept.fields.some(function (f) { return f.name === el.name; })) {
                el.checked = false;
            }
        });
        kept.fields.forEach(function (f) {
            Array.prototype.forEach.call(form.elements, function (el) {
                if (el.name !== f.name) {
                    return;
                }
                if (f.checked) {
                    if (el.value === f.value) {
                        el.checked = true;
                    }
                } else {
                    el.value = f.value;
                }
            });
        });
        return true;
    }

    function keptEdits() {
        var notice = document.getElementById('keptEdits');
        var kept = readKept();
        var page = document.body.getAttribute('data-page');
        var user = document.body.getAttribute('data-user');
        if (page === 'signed-out') {
            // The sign-in page answered a form: the session had ended and the form was not saved.
            if (kept && !kept.interrupted) {
                kept.interrupted = true;
                sessionStorage.setItem(KEPT, JSON.stringify(kept));
            }
            return;
        }
        if (!kept) {
            return;
        }
        if (!kept.interrupted || !user || kept.user !== user) {
            // A signed-in page answered: the application has what was sent. Or someone else signed in: not theirs.
            sessionStorage.removeItem(KEPT);
            return;
        }
        if (!notice) {
            return;
        }
        if (location.pathname + location.search === kept.page && restore(kept)) {
            sessionStorage.removeItem(KEPT);
            notice.textContent = notice.getAttribute('data-restored');
        } else {
            var link = document.createElement('a');
            link.id = 'keptEditsLink';
            link.href = kept.page;
            link.textContent = kept.title;
            notice.textContent = notice.getAttribute('data-elsewhere') + ' ';
            notice.appendChild(link);
        }
        notice.hidden = false;
    }

    function forgetOnSignOut() {
        var signOut = document.getElementById('signOutForm');
        if (signOut) {
            signOut.addEventListener('submit', function () {
                sessionStorage.removeItem(KEPT);
            });
        }
    }

    // The timeout warning (WCAG 2.2.1, timing adjustable): two minutes before an idle session would end, a modal
    // dialog offers to stay signed in. Every page load and every PrimeFaces update starts the count again.
    function timeoutWarning() {
        var dialog = document.getElementById('timeoutWarning');
        var seconds = dialog ? parseInt(dialog.getAttribute('data-seconds'), 10) : 0;
        if (!dialog || typeof dialog.showModal !== 'function' || !(seconds > 0)) {
            return;
        }
        var warnAfter = (seconds - Math.min(120, Math.floor(seconds / 2))) * 1000;
        var timer;
        var arm = function () {
            clearTimeout(timer);
            timer = setTimeout(function () {
                if (!dialog.open) {
                    dialog.showModal();
                    document.getElementById('staySignedIn').focus();
                }
            }, warnAfter);
        };
        document.getElementById('staySignedIn').addEventListener('click', function () {
            fetch(dialog.getAttribute('data-keep-alive'), {method: 'POST', credentials: 'same-origin', redirect: 'manual',
                cache: 'no-store'}).then(function (response) {
                dialog.setAttribute('data-renewed', response.status === 204 ? 'yes' : 'no');
            }, function () {
                dialog.setAttribute('data-renewed', 'no');
            }).then(function () {
                dialog.close();
                arm();
            });
        });
        document.getElementById('timeoutSignOut').addEventListener('click', function () {
            var signOut = document.getElementById('signOutForm:signOut');
            if (signOut) {
                signOut.click();
            }
        });
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', arm);
        }
        arm();
    }

    /**
     * A table box that scrolls sideways (on a phone) can be reached and scrolled with the keyboard; one that fits
     * is left out of the tab order. Checked again when the window changes size.
     */
    function scrollableTables() {
        function mark() {
            document.querySelectorAll('.table-wrap, .table-scroll').forEach(function (box) {
                if (box.scrollWidth > box.clientWidth + 1) {
                    box.setAttribute('tabindex', '0');
                } else {
                    box.removeAttribute('tabindex');
                }
            });
        }
        window.addEventListener('resize', mark);
        mark();
    }

    function start() {
        scrollableTables();
        timeoutWarning();
        conditionalReveals();
        errorSummaryLinks();
        keptEdits();
        keepOnSubmit();
        forgetOnSignOut();
        focusOnLoad();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
