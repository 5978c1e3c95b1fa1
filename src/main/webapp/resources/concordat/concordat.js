/*
 * Concordat's few behaviours, GOV.UK style, each an enhancement (the pages work without it):
 * - focus on load: the error summary, else a route answer (data-focus-on-load), else the field a "Change" link names;
 * - an error summary's link focuses its field (the first input of a group of radios, checkboxes or a date);
 * - conditional reveal: a follow-up question (data-reveal-name, data-reveal-value) shows only while its radio is chosen.
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

    function start() {
        conditionalReveals();
        errorSummaryLinks();
        focusOnLoad();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
